using static ZohoCrm.Data.Benchmarks.CallCost.ZohoCallRules;

namespace ZohoCrm.Data.Benchmarks.CallCost;

/// <summary>
/// The query shapes of the call-cost report, each with the minimum Zoho's rules allow. The report prints them; the
/// test <c>CallCostTests</c> in ZohoCrm.Data.Tests runs the same list and fails when a shape costs more than stated.
/// </summary>
public static class CallCostShapes
{
    private const string MultiLineSentence = "Referred by a partner; high priority.";

    // Declared before the shapes: static initializers run in text order.
    /// <summary>57 columns of Leads: 44 of its own and 13 through the Referred_By lookup to Contacts.</summary>
    public static IReadOnlyList<string> WideColumns { get; } =
    [
        "Company", "Salutation", "First_Name", "Last_Name", "Full_Name", "Designation", "Email", "Secondary_Email", "Phone", "Mobile",
        "Fax", "Website", "Lead_Source", "Lead_Status", "Industry", "Rating", "No_of_Employees", "Annual_Revenue", "Email_Opt_Out",
        "Skype_ID", "Twitter", "Street", "City", "State", "Zip_Code", "Country", "Description", "Preferred_Contact_Date",
        "Languages_Spoken", "Discount_Rate", "Referred_By", "External_Lead_Id", "Score_Formula", "Owner", "Created_By",
        "Modified_By", "Created_Time", "Modified_Time", "Owner.email", "Owner.first_name", "Owner.last_name", "Created_By.email",
        "Modified_By.email", "Referred_By.First_Name", "Referred_By.Last_Name", "Referred_By.Email", "Referred_By.Phone",
        "Referred_By.Mobile", "Referred_By.Title", "Referred_By.Department", "Referred_By.Mailing_City", "Referred_By.Mailing_State",
        "Referred_By.Mailing_Country", "Referred_By.Lead_Source", "Referred_By.Description", "Referred_By.Fax", "Referred_By.Skype_ID",
    ];

    /// <summary>Shapes over the default org (10,000 Leads).</summary>
    public static IReadOnlyList<CallCostShape> Default { get; } =
    [
        new("Filtered, LIMIT 10",
            "SELECT Last_Name, Company FROM Leads WHERE Lead_Status = 'Contacted' LIMIT 10",
            _ => new(1, CoqlCredits(10), "10 rows fit one call; LIMIT 1-200 costs 1 credit")),

        new("LIMIT 5000",
            "SELECT Last_Name FROM Leads LIMIT 5000",
            _ => Bounded(5000, "2,000 rows a call: 2,000 + 2,000 + 1,000 = 3 + 3 + 2 credits")),

        new("LIMIT 2001",
            "SELECT Last_Name FROM Leads LIMIT 2001",
            _ => Bounded(2001, "2,000 + 1 rows: 3 + 1 credits")),

        new("No LIMIT, every one of 10,000 rows",
            "SELECT Last_Name, Company FROM Leads",
            org => Unbounded(org.LeadCount, "10,000 rows / 2,000 a call; the count is unknown in advance, so each call asks 2,000 (3 credits)")),

        new("COUNT(*), no GROUP BY",
            "SELECT COUNT(*) FROM Leads WHERE Lead_Status = 'Contacted'",
            _ => new(1, CoqlCredits(1), "one aggregate row: one call, LIMIT 1 costs 1 credit")),

        new("GROUP BY a picklist",
            "SELECT Lead_Status, COUNT(*), SUM(Annual_Revenue) FROM Leads GROUP BY Lead_Status",
            _ => new(1, CoqlCredits(9), "at most 8 picklist values + NULL = 9 groups: one call, LIMIT 9 costs 1 credit")),

        new("id IN (250 values)",
            "SELECT Last_Name FROM Leads WHERE id IN (@ids)",
            org =>
            {
                var pages = BoundedPages(250);
                return new(pages.Count, pages.Sum(CoqlCredits),
                    "3 IN lists of <= 100 OR-ed in one WHERE; ids are unique, so <= 250 rows: one call, LIMIT 250 costs 2 credits");
            })
        {
            Parameters = org => new Dictionary<string, object?> { ["ids"] = SpreadIds(org, 250) },
        },

        new("One record by id, no LIMIT",
            "SELECT Last_Name, Company FROM Leads WHERE id = @id",
            _ => new(1, CoqlCredits(1), "ids are unique: at most 1 row, so one call of LIMIT 1, 1 credit"))
        {
            Parameters = org => new Dictionary<string, object?> { ["id"] = org.Records("Leads")[4321].Id },
        },

        new("30 criteria (over the 25 cap)",
            "SELECT Last_Name FROM Leads WHERE " + string.Join(" OR ", Enumerable.Range(0, 15).Select(i => $"(Email = @email{i} AND City = @city{i})")),
            _ => new(2, 2 * CoqlCredits(CoqlPageSize),
                "30 criteria > 25: the OR splits into 2 queries of <= 25 criteria, each an unbounded read (3 credits)"))
        {
            Parameters = org => org.Records("Leads").Where(r => r["Email"] is not null && r["City"] is not null).Take(15)
                .SelectMany((r, i) => new[] { KeyValuePair.Create("email" + i, r["Email"]), KeyValuePair.Create("city" + i, r["City"]) })
                .ToDictionary(),
        },

        new("SELECT of 57 columns (cap 50), LIMIT 10",
            "SELECT " + string.Join(", ", WideColumns) + " FROM Leads LIMIT 10",
            _ => new(2, 2 * CoqlCredits(10), "57 columns > 50: a second call reads the rest for the 10 ids; each LIMIT 10 costs 1 credit")),

        new("Multi-line field equality (Search + re-check)",
            "SELECT Last_Name FROM Leads WHERE Description = '" + MultiLineSentence + "'",
            org =>
            {
                var matches = org.Count("Leads", r => r["Description"] is MultiLineSentence);
                return new(SearchCalls(matches), SearchCalls(matches),
                    $"COQL cannot filter textarea; Search equals: {matches} matches / 200 a page, 1 credit a page");
            }),

        new("UseServerSideFiltering=False full scan",
            "SELECT Last_Name FROM Leads WHERE Lead_Status = 'Contacted'",
            org => Unbounded(org.LeadCount, "every one of 10,000 rows is read, 2,000 (3 credits) a call"))
        {
            Settings = "UseServerSideFiltering=False;",
        },

        new("ORDER BY a non-id column, LIMIT 100",
            "SELECT Last_Name, Company FROM Leads ORDER BY Company DESC LIMIT 100",
            _ => Bounded(100, "Zoho sorts; 100 rows: one call, 1 credit")),

        new("ORDER BY a non-id column, no LIMIT",
            "SELECT Last_Name, Company FROM Leads ORDER BY Company",
            org => Unbounded(org.LeadCount, "Zoho sorts; 10,000 rows by OFFSET within the 100,000 window, 2,000 (3 credits) a call")),

        new("Lookup path filter, LIMIT 50",
            "SELECT Last_Name, Account_Name.Account_Name FROM Contacts WHERE Account_Name.Industry = 'Service Provider' LIMIT 50",
            _ => Bounded(50, "the join is COQL's: one call, 1 credit")),

        new("Contradictory range (x > 100 AND x < 50)",
            "SELECT Last_Name FROM Leads WHERE Annual_Revenue > 100 AND Lead_Status = 'Contacted' AND Annual_Revenue < 50",
            _ => new(0, 0, "no value lies between the bounds: no row can match, no call")),
    ];

    /// <summary>Shapes that need an org past Zoho's 100,000-row offset window.</summary>
    public static IReadOnlyList<CallCostShape> Large { get; } =
    [
        new("OFFSET 120,000 LIMIT 10 (past the window)",
            "SELECT id, Last_Name FROM Leads ORDER BY id LIMIT 10 OFFSET 120000",
            _ => new(2, 2 * CoqlCredits(10),
                "LIMIT + OFFSET <= 100,000: one 1-row call at offset 99,999 finds the id to continue after, then LIMIT 10 OFFSET 20,000 by keyset; 1 credit each"))
        {
            LeadCount = 150_000,
        },
    ];

    /// <summary>Every shape, default org first.</summary>
    public static IEnumerable<CallCostShape> All => Default.Concat(Large);

    private static CallCostMinimum Bounded(long rows, string derivation)
    {
        var pages = BoundedPages(rows);
        return new(pages.Count, pages.Sum(CoqlCredits), derivation);
    }

    private static CallCostMinimum Unbounded(long rows, string derivation)
    {
        var calls = UnboundedCalls(rows);
        return new(calls, calls * CoqlCredits(CoqlPageSize), derivation);
    }

    private static long[] SpreadIds(CallCostOrg org, int count)
    {
        var leads = org.Records("Leads");
        return Enumerable.Range(0, count).Select(i => leads[(int)((long)i * leads.Count / count)].Id).ToArray();
    }
}
