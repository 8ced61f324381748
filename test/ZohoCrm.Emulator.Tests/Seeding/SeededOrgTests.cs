using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Tests.Seeding;

public class SeededOrgTests
{
    private static readonly Lazy<EmulatorDomain> DefaultOrg = new(() => EmulatorDomain.Create(new EmulatorDomainOptions(), new EmulatorClock()));

    private static EmulatorDomain Org => DefaultOrg.Value;

    [Test]
    public void Same_seed_gives_identical_records_and_ids()
    {
        using var first = EmulatorDomain.Create(new EmulatorDomainOptions { Seed = 7, LeadCount = 500 }, new EmulatorClock());
        using var second = EmulatorDomain.Create(new EmulatorDomainOptions { Seed = 7, LeadCount = 500 }, new EmulatorClock());

        foreach (var module in first.Schema.Modules)
        {
            var a = first.Records.Scan(module.ApiName);
            var b = second.Records.Scan(module.ApiName);
            Assert.That(b.Select(r => r.Id), Is.EqualTo(a.Select(r => r.Id)), module.ApiName);
            for (var i = 0; i < a.Count; i++)
            {
                Assert.That(Render(b[i]), Is.EqualTo(Render(a[i])), $"{module.ApiName} record {a[i].Id}");
            }
        }
    }

    [Test]
    public void Different_seeds_give_different_data()
    {
        using var first = EmulatorDomain.Create(new EmulatorDomainOptions { Seed = 1, LeadCount = 200 }, new EmulatorClock());
        using var second = EmulatorDomain.Create(new EmulatorDomainOptions { Seed = 2, LeadCount = 200 }, new EmulatorClock());

        var a = first.Records.Scan("Leads").Select(Render).ToList();
        var b = second.Records.Scan("Leads").Select(Render).ToList();
        Assert.That(b, Is.Not.EqualTo(a));
    }

    [Test]
    public void Default_org_has_about_thirty_thousand_records_in_every_module()
    {
        var counts = Org.Schema.Modules.ToDictionary(m => m.ApiName, m => Org.Records.Count(m.ApiName));

        Assert.That(counts.Values.Sum(), Is.InRange(25_000, 35_000));
        Assert.That(counts["Leads"], Is.EqualTo(10_000));
        Assert.That(counts.Values, Has.All.GreaterThan(0), "every module has seeded records");
    }

    [Test]
    public void Lead_count_scales_only_the_leads()
    {
        using var small = EmulatorDomain.Create(new EmulatorDomainOptions { LeadCount = 42 }, new EmulatorClock());

        Assert.That(small.Records.Count("Leads"), Is.EqualTo(42));
        Assert.That(small.Records.Count("Contacts"), Is.EqualTo(Org.Records.Count("Contacts")));
    }

    [Test]
    public void Ids_are_nineteen_digits_with_the_org_prefix_and_rise_with_created_time()
    {
        var all = Org.Schema.Modules.SelectMany(m => Org.Records.Scan(m.ApiName)).OrderBy(r => r.Id).ToList();

        Assert.That(all.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Has.All.Length.EqualTo(19).And.All.StartsWith("6284150000"));
        Assert.That(all.Select(r => r.Id).Distinct().Count(), Is.EqualTo(all.Count));
        var created = all.Select(r => (DateTimeOffset)r["Created_Time"]!).ToList();
        Assert.That(created, Is.Ordered, "ids follow creation order");
    }

    [Test]
    public void Seeded_changes_lie_in_the_past_beyond_any_filter_lag()
    {
        var now = Org.Clock.UtcNow;
        foreach (var module in Org.Schema.Modules)
        {
            var records = Org.Records.Scan(module.ApiName);
            Assert.That(records.Select(r => (DateTimeOffset)r["Modified_Time"]!), Has.All.LessThan(now.AddDays(-1)), module.ApiName);
            Assert.That(records.Select(r => (DateTimeOffset)r["Modified_Time"]! >= (DateTimeOffset)r["Created_Time"]!), Has.All.True, module.ApiName);
            Assert.That(Org.Records.ScanForFilter(module.ApiName, TimeSpan.FromMinutes(10)).Count(), Is.EqualTo(records.Count),
                $"{module.ApiName}: seeded records are visible to lagging filters");
        }
    }

    [Test]
    public void Lookups_point_at_existing_records_and_users()
    {
        foreach (var module in Org.Schema.Modules)
        {
            var lookups = module.Fields.Where(f => f.DataType.IsLookup()).ToList();
            var seen = new HashSet<string>();
            foreach (var record in Org.Records.Scan(module.ApiName))
            {
                foreach (var field in lookups)
                {
                    if (record[field.ApiName] is not long target)
                    {
                        continue;
                    }

                    seen.Add(field.ApiName);
                    var exists = field.IsMultiModuleLookup
                        ? field.RelatedModules.Any(m => Org.Records.Find(m, target) is not null)
                        : field.DataType == FieldDataType.Lookup
                        ? Org.Records.Find(field.LookupModule!, target) is not null
                        : Org.Schema.FindUser(target) is not null;
                    Assert.That(exists, Is.True, $"{module.ApiName}.{field.ApiName} of {record.Id} points at {target}");
                }
            }

            Assert.That(seen, Is.EquivalentTo(lookups.Select(f => f.ApiName)), $"{module.ApiName}: every lookup field is used by some record");
        }
    }

    [Test]
    public void Contacts_and_deals_are_linked_to_accounts_and_accounts_to_parents()
    {
        Assert.That(Org.Records.Scan("Contacts").Count(r => r["Account_Name"] is long), Is.GreaterThan(Org.Records.Count("Contacts") / 2));
        Assert.That(Org.Records.Scan("Deals").Count(r => r["Account_Name"] is long), Is.GreaterThan(Org.Records.Count("Deals") / 2));
        Assert.That(Org.Records.Scan("Accounts").Count(r => r["Parent_Account"] is long), Is.GreaterThan(0));
    }

    [Test]
    public void Picklist_values_belong_to_their_options()
    {
        foreach (var module in Org.Schema.Modules)
        {
            foreach (var field in module.Fields.Where(f => f.DataType is FieldDataType.Picklist or FieldDataType.MultiSelectPicklist))
            {
                var options = field.PicklistValues.Select(o => o.ActualValue).ToHashSet();
                Assert.That(field.PicklistValues.All(o => o.DisplayValue == o.ActualValue), Is.True, $"{module.ApiName}.{field.ApiName}");
                foreach (var record in Org.Records.Scan(module.ApiName))
                {
                    var values = record[field.ApiName] switch
                    {
                        string single => [single],
                        string[] many => many,
                        _ => [],
                    };
                    Assert.That(options.IsSupersetOf(values), Is.True, $"{module.ApiName}.{field.ApiName} of {record.Id}: {string.Join(";", values)}");
                }
            }
        }
    }

    [Test]
    public void Stored_values_have_the_canonical_clr_type_of_their_field()
    {
        foreach (var module in Org.Schema.Modules)
        {
            foreach (var record in Org.Records.Scan(module.ApiName).Take(300))
            {
                foreach (var (name, value) in record.Values)
                {
                    var field = module.FindField(name)!;
                    Type expected = field.ValueType switch
                    {
                        FieldDataType.Integer or FieldDataType.BigInt or FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup => typeof(long),
                        FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent => typeof(decimal),
                        FieldDataType.Boolean => typeof(bool),
                        FieldDataType.Date => typeof(DateOnly),
                        FieldDataType.DateTime => typeof(DateTimeOffset),
                        FieldDataType.MultiSelectPicklist => typeof(string[]),
                        _ => typeof(string),
                    };
                    Assert.That(value, Is.TypeOf(expected), $"{module.ApiName}.{name}");
                    if (value is string text)
                    {
                        Assert.That(text, Has.Length.LessThanOrEqualTo(field.Length), $"{module.ApiName}.{name}");
                    }
                }
            }
        }
    }

    [Test]
    public void Mandatory_fields_full_name_autonumber_and_formula_are_filled()
    {
        foreach (var module in Org.Schema.Modules)
        {
            foreach (var field in module.Fields.Where(f => f.SystemMandatory || f.DataType == FieldDataType.AutoNumber))
            {
                Assert.That(Org.Records.Scan(module.ApiName).Select(r => r[field.ApiName]), Has.None.Null, $"{module.ApiName}.{field.ApiName}");
            }
        }

        var lead = Org.Records.Scan("Leads").First(r => r["First_Name"] is string && r["Salutation"] is null && r["Annual_Revenue"] is decimal);
        Assert.That(lead["Full_Name"], Is.EqualTo($"{lead["First_Name"]} {lead["Last_Name"]}"));
        Assert.That(lead["Score_Formula"], Is.EqualTo(decimal.Round((decimal)lead["Annual_Revenue"]! / 1000m, 2)));
        Assert.That(Org.Records.Scan("Projects")[0]["Project_Code"], Is.EqualTo("PRJ-0001"));
    }

    [Test]
    public void Unique_fields_hold_no_duplicates()
    {
        foreach (var module in Org.Schema.Modules)
        {
            foreach (var field in module.Fields.Where(f => f.Unique))
            {
                var values = Org.Records.Scan(module.ApiName).Select(r => r[field.ApiName] as string).OfType<string>().ToList();
                Assert.That(values.Select(v => v.ToUpperInvariant()), Is.Unique, $"{module.ApiName}.{field.ApiName}");
            }
        }
    }

    [Test]
    public void Reset_restores_the_seeded_records_in_the_same_store()
    {
        using var org = EmulatorDomain.Create(new EmulatorDomainOptions { LeadCount = 50 }, new EmulatorClock());
        var store = org.Records;
        var before = org.Records.Scan("Leads").Select(Render).ToList();
        org.Records.Remove("Leads", org.Records.Scan("Leads")[0].Id);

        org.Reset();

        Assert.That(org.Records, Is.SameAs(store));
        Assert.That(org.Records.Scan("Leads").Select(Render), Is.EqualTo(before));
    }

    private static string Render(StoredRecord record) =>
        record.Id + ":" + string.Join("|", record.Values.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + (p.Value is string[] many ? string.Join(";", many) : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))));
}
