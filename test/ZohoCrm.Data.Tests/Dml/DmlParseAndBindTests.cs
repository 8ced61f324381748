using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Tests.Coql;

namespace ZohoCrm.Data.Tests.Dml;

/// <summary>The dialect's DML: parsed by the SELECT parser's grammar, bound against metadata, values typed by their fields.</summary>
public class DmlParseAndBindTests
{
    private static CoqlBoundWrite Bind(string text, params (string Name, object? Value)[] parameters) =>
        CoqlDmlBinder.Bind((CoqlDmlStatement)CoqlParser.ParseCommand(text), TestSchema.Schema, parameters.ToDictionary(p => p.Name, p => p.Value));

    private static CoqlChangeStatement Change(string text) => (CoqlChangeStatement)CoqlParser.ParseCommand(text);

    private static object? ValueOf(IReadOnlyList<CoqlWrittenValue> values, string field) => values.Single(v => v.Field.ApiName == field).Value;

    [Test]
    public void Insert_parses_fields_and_rows_of_literals_and_parameters()
    {
        var insert = (CoqlInsertStatement)CoqlParser.ParseCommand("insert into Leads (Last_Name, Company, No_of_Employees) values ('A', @c, 5), (@n, NULL, -3);");
        Assert.That(insert.Kind, Is.EqualTo(CoqlDmlKind.Insert));
        Assert.That(insert.Module, Is.EqualTo("Leads"));
        Assert.That(insert.Fields.Select(f => f.Name), Is.EqualTo(new[] { "Last_Name", "Company", "No_of_Employees" }));
        Assert.That(insert.Rows, Has.Count.EqualTo(2));
        Assert.That(insert.Rows[0][1], Is.EqualTo(new CoqlParameter("c") { Position = insert.Rows[0][1].Position }));
        Assert.That(((CoqlLiteral)insert.Rows[1][2]).Value, Is.EqualTo(-3L));
        Assert.That(insert.ParameterNames, Is.EquivalentTo(new[] { "c", "n" }));
    }

    [Test]
    public void Upsert_takes_its_duplicate_check_fields_or_none()
    {
        var with = (CoqlInsertStatement)CoqlParser.ParseCommand("UPSERT INTO Leads (Last_Name, Email) VALUES (@n, @e) DUPLICATE CHECK (Email)");
        Assert.That(with.Kind, Is.EqualTo(CoqlDmlKind.Upsert));
        Assert.That(with.DuplicateCheck.Select(f => f.Name), Is.EqualTo(new[] { "Email" }));
        var without = (CoqlInsertStatement)CoqlParser.ParseCommand("UPSERT INTO Leads (Last_Name, Email) VALUES (@n, @e)");
        Assert.That(without.DuplicateCheck, Is.Empty);
        Assert.That(Bind("UPSERT INTO Leads (Last_Name, Email) VALUES ('a', 'b') DUPLICATE CHECK (email)").DuplicateCheckFields, Is.EqualTo(new[] { "Email" }));
    }

    [Test]
    public void Update_and_delete_find_their_records_with_a_select_of_the_same_condition()
    {
        var update = Change("UPDATE Leads SET Lead_Status = @s, Company = 'x' WHERE Company = @c AND (No_of_Employees > 10 OR Email IS NULL)");
        Assert.That(update.Assignments.Select(a => a.Field.Name), Is.EqualTo(new[] { "Lead_Status", "Company" }));
        Assert.That(update.MatchingIdsQuery, Is.EqualTo("SELECT id FROM \"Leads\" WHERE Company = @c AND (No_of_Employees > 10 OR Email IS NULL)"));

        var delete = Change("delete from Leads where Lead_Status in ('Junk Lead', 'Lost Lead');");
        Assert.That(delete.IsDelete);
        Assert.That(delete.MatchingIdsQuery, Is.EqualTo("SELECT id FROM \"Leads\" where Lead_Status in ('Junk Lead', 'Lost Lead');"));

        Assert.That(Change("DELETE FROM Leads").MatchingIdsQuery, Is.EqualTo("SELECT id FROM \"Leads\""));
    }

    [Test]
    public void The_matching_ids_query_is_planned_as_the_select_with_that_condition()
    {
        const string Condition = "Company = @c AND Lead_Status <> 'Junk Lead' AND LOWER(Last_Name) = 'x'";
        var update = Bind("UPDATE Leads SET Lead_Status = 'Contacted' WHERE " + Condition, ("c", "Acme"));
        var ids = PlanTestHelpers.Plan(update.MatchingIdsQuery!, ("c", "Acme"));
        var select = PlanTestHelpers.Plan("SELECT id FROM Leads WHERE " + Condition, ("c", "Acme"));
        Assert.That(ids.Explain(), Is.EqualTo(select.Explain().Replace("SELECT id FROM Leads", "SELECT id FROM \"Leads\"", StringComparison.Ordinal)));
        Assert.That(ids.PushedFilter, Is.EqualTo(select.PushedFilter).And.Not.Null);
        Assert.That(ids.ClientFilter, Is.EqualTo(select.ClientFilter).And.Not.Null);
    }

    [TestCase("x' WHERE id = 1 --")]
    [TestCase("'; DELETE FROM Leads; --")]
    [TestCase("a'') OR (1=1")]
    [TestCase("\" WHERE Company = \"")]
    public void Hostile_text_values_stay_values(string hostile)
    {
        var quoted = "'" + hostile.Replace("'", "''", StringComparison.Ordinal) + "'";
        var update = Change("UPDATE Leads SET Company = " + quoted + " WHERE Last_Name = " + quoted);
        Assert.That(update.Assignments, Has.Count.EqualTo(1));
        Assert.That(((CoqlLiteral)update.Assignments[0].Value).Value, Is.EqualTo(hostile));
        Assert.That(((CoqlLiteral)((CoqlComparison)update.Where!).Right).Value, Is.EqualTo(hostile));
        var read = CoqlParser.Parse(update.MatchingIdsQuery);
        Assert.That(((CoqlLiteral)((CoqlComparison)read.Where!).Right).Value, Is.EqualTo(hostile));
        Assert.That(((CoqlColumn)((CoqlComparison)read.Where!).Left).Path, Is.EqualTo("Last_Name"));

        var insert = (CoqlInsertStatement)CoqlParser.ParseCommand("INSERT INTO Leads (Last_Name, Company) VALUES (" + quoted + ", " + quoted + ")");
        Assert.That(insert.Rows.Single().Select(v => ((CoqlLiteral)v).Value), Is.EqualTo(new[] { hostile, hostile }));

        // As parameters, values never reach the text at all.
        var bound = Bind("UPDATE Leads SET Company = @v WHERE Last_Name = @v", ("v", hostile));
        Assert.That(ValueOf(bound.Assignments, "Company"), Is.EqualTo(hostile));
        Assert.That(bound.MatchingIdsQuery, Is.EqualTo("SELECT id FROM \"Leads\" WHERE Last_Name = @v"));
    }

    [Test]
    public void A_hostile_module_name_is_quoted_in_the_matching_ids_query()
    {
        var delete = Change("DELETE FROM \"Le\"\"ads WHERE 1=1 --\" WHERE Company = 'x'");
        Assert.That(delete.Module, Is.EqualTo("Le\"ads WHERE 1=1 --"));
        var read = CoqlParser.Parse(delete.MatchingIdsQuery);
        Assert.That(read.Module, Is.EqualTo(delete.Module));
        Assert.That(((CoqlColumn)((CoqlComparison)read.Where!).Left).Path, Is.EqualTo("Company"));
    }

    [Test]
    public void A_comment_between_the_module_and_the_condition_cannot_drop_the_condition()
    {
        var update = Change("UPDATE Leads -- a note\nSET Company = 'x' /* why */ WHERE Last_Name = 'y'");
        var read = CoqlParser.Parse(update.MatchingIdsQuery);
        Assert.That(read.Where, Is.Not.Null);
        Assert.That(((CoqlColumn)((CoqlComparison)read.Where!).Left).Path, Is.EqualTo("Last_Name"));
    }

    [Test]
    public void Values_are_typed_by_their_fields()
    {
        var insert = Bind("INSERT INTO Leads (Last_Name, No_of_Employees, Big_Number, Annual_Revenue, Email_Opt_Out, Birth_Date, Created_Time, Languages, Account_Name) "
            + "VALUES (@name, '12', @big, 10.5, 'true', '2024-02-29', @when, @langs, '4000000012345')",
            ("name", 42), ("big", "9007199254740993"), ("when", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)), ("langs", new[] { "English", "French" }));
        var row = insert.Rows.Single();
        Assert.That(ValueOf(row, "Last_Name"), Is.EqualTo("42"));
        Assert.That(ValueOf(row, "No_of_Employees"), Is.EqualTo(12L));
        Assert.That(ValueOf(row, "Big_Number"), Is.EqualTo(9007199254740993L));
        Assert.That(ValueOf(row, "Annual_Revenue"), Is.EqualTo(10.5m));
        Assert.That(ValueOf(row, "Email_Opt_Out"), Is.EqualTo(true));
        Assert.That(ValueOf(row, "Birth_Date"), Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(ValueOf(row, "Created_Time"), Is.EqualTo(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(ValueOf(row, "Languages"), Is.EqualTo(new[] { "English", "French" }));
        Assert.That(ValueOf(row, "Account_Name"), Is.EqualTo(4000000012345L));
    }

    [TestCase("UPDATE Leads SET No_of_Employees = 'many'", "'No_of_Employees'", "whole number")]
    [TestCase("UPDATE Leads SET No_of_Employees = 2.5", "'No_of_Employees'", "whole number")]
    [TestCase("UPDATE Leads SET Birth_Date = '2024-01-01T10:00:00'", "'Birth_Date'", "date")]
    [TestCase("UPDATE Leads SET Email_Opt_Out = 'maybe'", "'Email_Opt_Out'", "true or false")]
    [TestCase("UPDATE Leads SET Account_Name = 'Acme'", "'Account_Name'", "record id")]
    public void A_value_the_field_cannot_hold_is_refused_naming_the_field(string text, string field, string expected)
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Bind(text));
        Assert.That(error!.Message, Does.Contain(field).And.Contain(expected));
    }

    [TestCase("UPDATE Leads SET Score = 1", "'Score'", "formula")]
    [TestCase("INSERT INTO Leads (Last_Name, id) VALUES ('a', 1)", "'id'", "record id")]
    [TestCase("UPDATE Leads SET Modified_Time = '2024-01-01T00:00:00Z'", "'Modified_Time'", "system field")]
    [TestCase("INSERT INTO Leads (Lead_No) VALUES ('L-1')", "'Lead_No'", "auto-number")]
    public void Read_only_fields_are_refused_before_any_call(string text, string field, string why)
    {
        var schema = new ZohoCrmSchemaSnapshot([TestSchema.Leads with
        {
            Fields = [.. TestSchema.Leads.Fields,
                new ZohoCrmFieldMetadata { ApiName = "Modified_Time", DataType = ZohoCrmFieldType.DateTime, ReadOnly = true },
                new ZohoCrmFieldMetadata { ApiName = "Lead_No", DataType = ZohoCrmFieldType.AutoNumber, ReadOnly = true }],
        }]);
        var error = Assert.Throws<ZohoCrmQueryException>(() =>
            CoqlDmlBinder.Bind((CoqlDmlStatement)CoqlParser.ParseCommand(text), schema, null));
        Assert.That(error!.Message, Does.Contain(field).And.Contain("read-only").And.Contain(why));
    }

    [TestCase("UPDATE Leads SET Attachments_Field = 'x'", "'Attachments_Field'")]
    [TestCase("UPDATE Leads SET Compny = 'x'", "'Company'")]
    [TestCase("INSERT INTO Leads (Last_Name, Last_Name) VALUES ('a', 'b')", "'Last_Name' is named twice")]
    [TestCase("UPDATE Leads SET Company = 'a', company = 'b'", "'Company' twice")]
    [TestCase("UPSERT INTO Leads (Last_Name) VALUES ('a') DUPLICATE CHECK (Emial)", "'Email'")]
    [TestCase("UPDATE Lead SET Company = 'x'", "'Leads'")]
    [TestCase("UPDATE Leads SET Company = @missing", "@missing")]
    public void Names_are_checked_against_metadata(string text, string expected)
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Bind(text));
        Assert.That(error!.Message, Does.Contain(expected));
    }

    [TestCase("INSERT INTO Leads (Last_Name, Company) VALUES ('a')", "Row 1 of VALUES has 1 value(s)")]
    [TestCase("INSERT INTO Leads (Last_Name) VALUES ('a'), ('b', 'c')", "Row 2 of VALUES has 2")]
    [TestCase("INSERT INTO Leads VALUES ('a')", "field API names")]
    [TestCase("INSERT Leads (Last_Name) VALUES ('a')", "INTO")]
    [TestCase("INSERT INTO Leads (Last_Name) VALUES (Company)", "Expected a value")]
    [TestCase("INSERT INTO Leads (Last_Name) VALUES (LOWER('a'))", "Expected a value")]
    [TestCase("UPDATE Leads SET Account_Name.Account_Name = 'x'", "related record")]
    [TestCase("UPDATE Leads SET Company = Last_Name", "Expected a value")]
    [TestCase("UPDATE Leads WHERE Company = 'x'", "SET")]
    [TestCase("UPDATE Leads SET Company = 'x' WHERE Company = 'y' ORDER BY id", "Unexpected ORDER")]
    [TestCase("UPDATE Leads SET Company = 'x' LIMIT 5", "Unexpected LIMIT")]
    [TestCase("DELETE Leads WHERE Company = 'x'", "FROM")]
    [TestCase("DELETE FROM Leads l WHERE l.Company = 'x'", "alias")]
    [TestCase("DELETE FROM Leads WHERE Company = 'x'; DELETE FROM Accounts", "Unexpected DELETE")]
    [TestCase("DELETE FROM Leads WHERE", "ends too early")]
    [TestCase("INSERT INTO Leads (Last_Name) VALUES ('a') DUPLICATE CHECK (Email)", "Unexpected DUPLICATE")]
    public void Malformed_statements_are_refused_saying_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => CoqlParser.ParseCommand(text));
        Assert.That(error!.Message, Does.Contain(expected));
    }

    [Test]
    public void A_dml_statement_read_as_a_query_points_to_ExecuteNonQuery()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlanTestHelpers.Plan("DELETE FROM Leads WHERE Company = 'x'"));
        Assert.That(error!.Message, Does.Contain("DELETE").And.Contain("ExecuteNonQuery").And.Contain("Execute"));
    }

    [TestCase("UPDATE Leads SET Company = 'x' WHERE id = @id", new[] { "4000000000123" })]
    [TestCase("UPDATE Leads SET Company = 'x' WHERE @id = id", new[] { "4000000000123" })]
    [TestCase("DELETE FROM Leads WHERE id IN (1, '2', @id, 2)", new[] { "1", "2", "4000000000123" })]
    [TestCase("DELETE FROM Leads WHERE id IN @list", new[] { "7", "8" })]
    [TestCase("DELETE FROM Leads WHERE id = NULL", new string[0])]
    public void A_condition_naming_ids_needs_no_read(string text, string[] ids)
    {
        var write = Bind(text, ("id", 4000000000123L), ("list", new[] { 7L, 8L }));
        Assert.That(write.Ids, Is.EqualTo(ids));
        Assert.That(write.MatchingIdsQuery, Is.Null);
    }

    [TestCase("UPDATE Leads SET Company = 'x' WHERE id = 1 AND Company = 'y'")]
    [TestCase("UPDATE Leads SET Company = 'x' WHERE id > 1")]
    [TestCase("UPDATE Leads SET Company = 'x' WHERE id NOT IN (1, 2)")]
    [TestCase("UPDATE Leads SET Company = 'x'")]
    public void Any_other_condition_reads_the_matching_ids(string text)
    {
        var write = Bind(text);
        Assert.That(write.Ids, Is.Null);
        Assert.That(write.MatchingIdsQuery, Does.StartWith("SELECT id FROM \"Leads\""));
    }

    [Test]
    public void An_id_that_is_not_a_number_is_refused()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Bind("DELETE FROM Leads WHERE id = @id", ("id", "1 OR 1=1")));
        Assert.That(error!.Message, Does.Contain("@id").And.Contain("record id"));
    }

    [TestCase("DELETE FROM Leads")]
    [TestCase("UPDATE Leads SET Company = 'x'")]
    public void Without_a_condition_every_record_is_read_by_the_planner(string text)
    {
        var plan = PlanTestHelpers.Plan(Bind(text).MatchingIdsQuery!);
        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.ExpectedCalls, Is.Null, "an unbounded read: as many calls as the module has pages");
        Assert.That(plan.Columns.Select(c => c.Name), Is.EqualTo(new[] { "id" }));
    }

    [Test]
    public void Explain_lists_the_read_and_the_write_calls()
    {
        var update = Bind("UPDATE Leads SET Company = @c WHERE Lead_Status = 'Contacted'", ("c", "x"));
        var read = PlanTestHelpers.Plan(update.MatchingIdsQuery!);
        var explain = new ZohoCrmWritePlan(update, read).Explain();
        Assert.That(explain, Does.StartWith("UPDATE on Leads\n  1. Read the matching ids").And.Contain("lead_status = 'Contacted'").IgnoreCase
            .And.Contain("  2. PUT /Leads, one call per 100 records matched.").And.Contain("Fields written: Company").And.Contain("Not atomic"));

        var insert = Bind("INSERT INTO Leads (Last_Name, Email) VALUES ('a', 'b'), ('c', 'd')");
        Assert.That(new ZohoCrmWritePlan(insert, null).Explain(), Does.Contain("POST /Leads, one call per 100 records: 1 call(s) for 2 record(s)."));
        var upsert = Bind("UPSERT INTO Leads (Last_Name, Email) VALUES ('a', 'b') DUPLICATE CHECK (Email)");
        Assert.That(new ZohoCrmWritePlan(upsert, null).Explain(), Does.Contain("POST /Leads/upsert").And.Contain("Duplicate check: Email"));
    }
}
