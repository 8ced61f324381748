// Conformance run of Zoho's official Node.js SDK (@zohocrm/nodejs-sdk-8.0, unmodified; or the TypeScript SDK)
// against the emulator.
// Usage: ZOHO_BASE=http://127.0.0.1:PORT ZOHO_WORK=<empty dir> node driver.mjs   (run.sh does all of it)
// Prints one line per step and a final "N passed, N failed"; exits non-zero when a step fails.
import * as fs from "node:fs";
import * as path from "node:path";

const base = process.env.ZOHO_BASE;
const work = process.env.ZOHO_WORK;
if (!base || !work) {
  console.error("Set ZOHO_BASE (the emulator's base URL) and ZOHO_WORK (an empty scratch folder).");
  process.exit(2);
}

const clientId = process.env.ZOHO_CLIENT_ID ?? "1000.ZOHOCRMEMULATOR0000000000000001";
const clientSecret = process.env.ZOHO_CLIENT_SECRET ?? "zohocrm-emulator-client-secret";
const refreshToken = process.env.ZOHO_REFRESH_TOKEN ?? "1000.zohocrm-emulator.refresh-token";

let leadStatus = null;
let passed = 0;
let failed = 0;
async function step(name, body) {
  try {
    const detail = await body();
    passed++;
    console.log(`OK   ${name}${detail ? ": " + detail : ""}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e?.stack ?? e}`);
  }
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}
function expectClass(response, status, cls, what) {
  check(response != null, `${what}: no response`);
  check(response.getStatusCode() === status, `${what}: status ${response.getStatusCode()}, expected ${status}`);
  const object = response.getObject();
  check(object instanceof cls, `${what}: got ${object?.constructor?.name}, expected ${cls.name}`);
  return object;
}
const isBigIntId = (id) => typeof id === "bigint" && id > 100000000000000000n;

// ZOHO_SDK_PACKAGE=@zohocrm/typescript-sdk-8.0 runs the same steps through the TypeScript SDK (CommonJS, same
// classes), which form-encodes query strings instead of the nodejs SDK's raw encodeURI with a trailing '&'.
const sdkPackage = process.env.ZOHO_SDK_PACKAGE ?? "@zohocrm/nodejs-sdk-8.0";
const loaded = await import(sdkPackage);
const S = sdkPackage.includes("typescript") ? loaded.default : loaded;
const environment = new S.Environment(base, base + "/oauth/v2/token", base);
const token = new S.OAuthBuilder().clientId(clientId).clientSecret(clientSecret).refreshToken(refreshToken).build();
const store = new S.FileStore(path.join(work, "tokens.txt"));
const logger = new S.LogBuilder().level(S.Levels.INFO).filePath(path.join(work, "sdk.log")).build();
// ZOHO_AUTO_REFRESH=1 runs the variant where the SDK fetches settings/modules and every module's fields first.
const autoRefresh = process.env.ZOHO_AUTO_REFRESH === "1";
const config = new S.SDKConfigBuilder().pickListValidation(true).autoRefreshFields(autoRefresh).build();

await step("initialize (refresh-token flow, multipart token request)", async () => {
  await (await new S.InitializeBuilder())
    .environment(environment).token(token).store(store).SDKConfig(config)
    .resourcePath(work).logger(logger).initialize();
});

await step("token file keeps the emulator as api_domain", async () => {
  const text = fs.readFileSync(path.join(work, "tokens.txt"), "utf8");
  const lines = text.trim().split("\n");
  const header = lines[0].split(",");
  const row = lines[lines.length - 1].split(",");
  const apiDomain = row[header.indexOf("api_domain")];
  if (apiDomain !== base) {
    console.log(`FAIL api_domain is '${apiDomain}', not '${base}': stopping before the SDK talks to real Zoho.`);
    process.exit(3);
  }
  return apiDomain;
});

await step("users?type=CurrentUser", async () => {
  const params = new S.ParameterMap();
  await params.add(S.Users.GetUsersParam.TYPE, "CurrentUser");
  const wrapper = expectClass(await new S.Users.UsersOperations().getUsers(params), 200, S.Users.ResponseWrapper, "users");
  const users = wrapper.getUsers();
  check(users.length === 1, `expected one current user, got ${users.length}`);
  check(users[0].getEmail()?.includes("@"), "the user has no email");
  return users[0].getEmail();
});

await step("org", async () => {
  const wrapper = expectClass(await new S.Org.OrgOperations().getOrganization(), 200, S.Org.ResponseWrapper, "org");
  const org = wrapper.getOrg()[0];
  check(org.getZgid() != null, "org has no zgid");
  return `zgid ${org.getZgid()}`;
});

await step("settings/modules", async () => {
  const wrapper = expectClass(await new S.Modules.ModulesOperations().getModules(), 200, S.Modules.ResponseWrapper, "modules");
  const names = wrapper.getModules().map((m) => m.getAPIName());
  check(names.includes("Leads") && names.includes("Contacts") && names.includes("Accounts"), `modules: ${names}`);
  for (const m of wrapper.getModules()) {
    if (m.getAPISupported()) check(m.getGeneratedType() != null, `${m.getAPIName()} has no generated_type`);
  }
  return `${names.length} modules`;
});

await step("settings/fields?module=Leads", async () => {
  const params = new S.ParameterMap();
  await params.add(S.Fields.GetFieldsParam.MODULE, "Leads");
  const wrapper = expectClass(await new S.Fields.FieldsOperations().getFields(params), 200, S.Fields.ResponseWrapper, "fields");
  const fields = wrapper.getFields();
  const lastName = fields.find((f) => f.getAPIName() === "Last_Name");
  check(lastName?.getDataType() === "text", `Last_Name data_type ${lastName?.getDataType()}`);
  check(fields.every((f) => f.getDataType() != null), "a field has no data_type");
  const status = fields.find((f) => f.getAPIName() === "Lead_Status");
  leadStatus = status.getPickListValues().map((v) => v.getDisplayValue()).find((v) => v !== "-None-");
  check(leadStatus, "Lead_Status has no picklist values");
  return `${fields.length} fields`;
});

let coqlRows = [];
await step("COQL select ... limit 5", async () => {
  const body = new S.Coql.BodyWrapper();
  body.setSelectQuery("select Last_Name, Email, Lead_Status from Leads where Last_Name is not null order by id limit 5");
  const wrapper = expectClass(await new S.Coql.CoqlOperations().getRecords(body), 200, S.Coql.ResponseWrapper, "coql");
  coqlRows = wrapper.getData();
  check(coqlRows.length === 5, `rows ${coqlRows.length}`);
  check(coqlRows.every((r) => isBigIntId(r.getId())), "ids are not BigInt");
  check(wrapper.getInfo().getCount() === 5 && wrapper.getInfo().getMoreRecords() === true, "info count/more_records");
  return `first id ${coqlRows[0].getId()}`;
});

await step("search by criteria", async () => {
  const lastName = coqlRows[0].getKeyValue("Last_Name");
  const params = new S.ParameterMap();
  await params.add(S.Record.SearchRecordsParam.CRITERIA, `(Last_Name:equals:${lastName})`);
  const wrapper = expectClass(await new S.Record.RecordOperations("Leads").searchRecords(params), 200, S.Record.ResponseWrapper, "search");
  check(wrapper.getData().some((r) => r.getId() === coqlRows[0].getId()), "the COQL row is not among the search results");
  return `${wrapper.getData().length} found for ${lastName}`;
});

await step("search by email", async () => {
  const email = coqlRows.map((r) => r.getKeyValue("Email")).find((e) => e);
  check(email, "no email in the first COQL rows");
  const params = new S.ParameterMap();
  await params.add(S.Record.SearchRecordsParam.EMAIL, email);
  const wrapper = expectClass(await new S.Record.RecordOperations("Leads").searchRecords(params), 200, S.Record.ResponseWrapper, "search email");
  return `${wrapper.getData().length} found`;
});

await step("get record by id", async () => {
  const id = coqlRows[0].getId();
  const wrapper = expectClass(await new S.Record.RecordOperations("Leads").getRecord(id), 200, S.Record.ResponseWrapper, "get");
  const record = wrapper.getData()[0];
  check(record.getId() === id, "id round trip");
  check(record.getCreatedTime() instanceof Date && !isNaN(record.getCreatedTime()), "Created_Time is not a Date");
  const status = record.getKeyValue("Lead_Status");
  check(status == null || status instanceof S.Choice, `Lead_Status is ${status?.constructor?.name}, not Choice`);
  return `Created_Time ${record.getCreatedTime().toISOString()}`;
});

await step("list records with fields, per_page, sort, If-Modified-Since", async () => {
  const params = new S.ParameterMap();
  await params.add(S.Record.GetRecordsParam.FIELDS, "Last_Name,Email");
  await params.add(S.Record.GetRecordsParam.PER_PAGE, 2);
  await params.add(S.Record.GetRecordsParam.PAGE, 1);
  await params.add(S.Record.GetRecordsParam.SORT_BY, "Created_Time");
  await params.add(S.Record.GetRecordsParam.SORT_ORDER, "desc");
  const headers = new S.HeaderMap();
  await headers.add(S.Record.GetRecordsHeader.IF_MODIFIED_SINCE, new Date("2020-01-01T00:00:00Z"));
  const wrapper = expectClass(await new S.Record.RecordOperations("Leads").getRecords(params, headers), 200, S.Record.ResponseWrapper, "list");
  check(wrapper.getData().length === 2, `rows ${wrapper.getData().length}`);
  check(wrapper.getInfo().getMoreRecords() === true, "more_records");
  return "2 rows, more_records";
});

await step("record count", async () => {
  const wrapper = expectClass(await new S.Record.RecordOperations("Leads").recordCount(), 200, S.Record.CountWrapper, "count");
  check(wrapper.getCount() > 0, "count");
  return `count ${wrapper.getCount()}`;
});

let created = [];
await step("create two Leads", async () => {
  const body = new S.Record.BodyWrapper();
  const rows = [1, 2].map((i) => {
    const record = new S.Record.Record();
    record.addFieldValue(S.Record.Field.Leads.LAST_NAME, `SdkProbe${i}`);
    record.addFieldValue(S.Record.Field.Leads.FIRST_NAME, "Node");
    record.addFieldValue(S.Record.Field.Leads.COMPANY, "Conformance Ltd");
    // pickListValidation is on: the SDK checks the value against the emulator's pick_list_values first.
    record.addFieldValue(S.Record.Field.Leads.LEAD_STATUS, new S.Choice(leadStatus));
    return record;
  });
  body.setData(rows);
  const wrapper = expectClass(await new S.Record.RecordOperations("Leads").createRecords(body), 201, S.Record.ActionWrapper, "create");
  for (const action of wrapper.getData()) {
    check(action instanceof S.Record.SuccessResponse, `row: ${action?.constructor?.name} ${action?.getCode?.()?.getValue?.()}`);
    created.push(BigInt(action.getDetails().get("id")));
  }
  return created.join(", ");
});

await step("update a created Lead and read it back", async () => {
  const body = new S.Record.BodyWrapper();
  const record = new S.Record.Record();
  record.addFieldValue(S.Record.Field.Leads.EMAIL, "sdk.probe@example.com");
  body.setData([record]);
  const ops = new S.Record.RecordOperations("Leads");
  const wrapper = expectClass(await ops.updateRecord(created[0], body), 200, S.Record.ActionWrapper, "update");
  check(wrapper.getData()[0] instanceof S.Record.SuccessResponse, "update row");
  const read = expectClass(await ops.getRecord(created[0]), 200, S.Record.ResponseWrapper, "reread");
  const reread = read.getData()[0];
  check(reread.getKeyValue("Email") === "sdk.probe@example.com", "email not updated");
  const status = reread.getKeyValue("Lead_Status");
  check(status instanceof S.Choice && status.getValue() === leadStatus, `Lead_Status came back as ${status?.getValue?.() ?? status}`);
  return `Email updated, Lead_Status ${status.getValue()}`;
});

await step("delete one Lead by id and one through ids=", async () => {
  const ops = new S.Record.RecordOperations("Leads");
  const one = expectClass(await ops.deleteRecord(created[0]), 200, S.Record.ActionWrapper, "delete one");
  check(one.getData()[0] instanceof S.Record.SuccessResponse, "delete one row");
  const params = new S.ParameterMap();
  await params.add(S.Record.DeleteRecordsParam.IDS, String(created[1]));
  const many = expectClass(await ops.deleteRecords(params), 200, S.Record.ActionWrapper, "delete many");
  check(many.getData().length === 1 && many.getData()[0] instanceof S.Record.SuccessResponse, "delete many row");
  return "2 deleted";
});

await step("get a deleted Lead answers 204", async () => {
  const response = await new S.Record.RecordOperations("Leads").getRecord(created[0]);
  check(response.getStatusCode() === 204 && response.getObject() == null, `status ${response.getStatusCode()}`);
  return "204";
});

await step("Contacts list (field metadata recursion into Accounts)", async () => {
  const params = new S.ParameterMap();
  await params.add(S.Record.GetRecordsParam.FIELDS, "Last_Name,Account_Name");
  await params.add(S.Record.GetRecordsParam.PER_PAGE, 3);
  const wrapper = expectClass(await new S.Record.RecordOperations("Contacts").getRecords(params), 200, S.Record.ResponseWrapper, "contacts");
  return `${wrapper.getData().length} contacts`;
});

await step("error: fields of an unknown module", async () => {
  const params = new S.ParameterMap();
  await params.add(S.Fields.GetFieldsParam.MODULE, "Nope");
  const error = expectClass(await new S.Fields.FieldsOperations().getFields(params), 400, S.Fields.APIException, "fields error");
  check(error.getCode().getValue() === "INVALID_MODULE", error.getCode().getValue());
  return String(error.getMessage());
});

await step("error: COQL syntax", async () => {
  const body = new S.Coql.BodyWrapper();
  body.setSelectQuery("select Last_Name from Leads");
  const error = expectClass(await new S.Coql.CoqlOperations().getRecords(body), 400, S.Coql.APIException, "coql error");
  check(error.getCode().getValue() === "SYNTAX_ERROR", error.getCode().getValue());
  return `${error.getCode().getValue()} ${JSON.stringify(Object.fromEntries(error.getDetails()))}`;
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
