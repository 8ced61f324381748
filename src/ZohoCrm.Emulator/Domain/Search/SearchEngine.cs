using System.Globalization;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>
/// The Search API (<c>GET /crm/v8/{module}/search</c>) and record count (<c>actions/count</c>) over the record
/// store. Filters see records as Zoho's search index does, <see cref="EmulatorSettings.SearchLagSeconds"/> behind.
/// </summary>
public sealed class SearchEngine
{
    public const int MaxCriteria = 10;
    public const int MaxPerPage = 200;
    public const int MaxReachable = 2000;

    private readonly OrgSchema _schema;
    private readonly RecordStore _store;
    private readonly WireWriter _wire;
    private readonly EmulatorSettings _settings;

    public SearchEngine(OrgSchema schema, RecordStore store, WireWriter wire, EmulatorSettings settings)
    {
        _schema = schema;
        _store = store;
        _wire = wire;
        _settings = settings;
    }

    public SearchResult Search(string module, SearchRequest request)
    {
        var definition = FindModule(module);
        var filter = BuildFilter(definition, request) ?? throw SearchErrors.ParamMissing();
        var page = ReadPositive(request.Page, "page", 1);
        var perPage = ReadPositive(request.PerPage, "per_page", MaxPerPage);
        if (perPage > MaxPerPage)
        {
            throw SearchErrors.InvalidParam("per_page", $"per_page must be between 1 and {MaxPerPage}");
        }

        if ((long)page * perPage > MaxReachable)
        {
            throw SearchErrors.LimitReached(MaxReachable);
        }

        var sortBy = request.SortBy is { Length: > 0 } sortName ? sortName.Trim() : "id";
        FieldDefinition? sortField = null;
        if (!string.Equals(sortBy, "id", StringComparison.OrdinalIgnoreCase))
        {
            sortField = definition.FindField(sortBy);
            if (sortField is null || !sortField.Sortable || sortField.DataType is FieldDataType.MultiSelectLookup)
            {
                throw SearchErrors.InvalidParam("sort_by", $"'{sortBy}' is not a sortable field of {definition.ApiName}");
            }

            sortBy = sortField.ApiName;
        }
        else
        {
            sortBy = "id";
        }

        var sortOrder = (request.SortOrder ?? "desc").Trim().ToLowerInvariant();
        if (sortOrder is not ("asc" or "desc"))
        {
            throw SearchErrors.InvalidParam("sort_order", "sort_order must be asc or desc");
        }

        var fields = SelectFields(definition, request.Fields);
        var matches = Matches(definition, filter, request);
        Sort(matches, sortField, sortOrder == "desc");
        var skip = (page - 1) * perPage;
        var rows = matches.Skip(skip).Take(perPage).ToList();
        return new SearchResult(_wire, fields, rows, perPage, page, sortBy, sortOrder, matches.Count > skip + perPage);
    }

    /// <summary>The number of records <c>actions/count</c> reports: all of them, or those the search filter matches.</summary>
    public long Count(string module, SearchRequest request)
    {
        var definition = FindModule(module);
        var filter = BuildFilter(definition, request);
        if (request.CustomViewId is { Length: > 0 } cvid)
        {
            if (filter is not null)
            {
                throw SearchErrors.Ambiguity("cvid", SearchParameter(request));
            }

            // The emulated org has no custom views to count through.
            throw SearchErrors.InvalidParam("cvid", $"the custom view '{cvid}' does not exist in {definition.ApiName}");
        }

        return filter is null ? _store.Count(definition.ApiName) : Matches(definition, filter, request).Count;
    }

    private ModuleDefinition FindModule(string module)
    {
        var definition = _schema.FindModule(module) ?? throw SearchErrors.InvalidModule();
        return definition.ApiSupported ? definition : throw SearchErrors.ModuleNotSupported(definition.ApiName);
    }

    /// <summary>The filter of the first parameter present in Zoho's priority order, or null when none is.</summary>
    private Func<StoredRecord, bool>? BuildFilter(ModuleDefinition module, SearchRequest request)
    {
        if (Present(request.Criteria) is { } criteria)
        {
            var condition = SearchCriteriaParser.Parse(criteria);
            if (SearchCriteriaParser.CountCriteria(condition) > MaxCriteria)
            {
                throw SearchErrors.TooManyCriteria(MaxCriteria);
            }

            return new SearchFilterCompiler(_schema, _store, module).Compile(condition);
        }

        if (Present(request.Email) is { } email)
        {
            var emailFields = FieldsOf(module, t => t == FieldDataType.Email);
            return r => emailFields.Any(f => r.Values.GetValueOrDefault(f) is string s && string.Equals(s.Trim(), email, StringComparison.OrdinalIgnoreCase));
        }

        if (Present(request.Phone) is { } phone)
        {
            var digits = SearchText.Digits(phone);
            if (phone.Length < 3 || (digits.Length == 0 && SearchText.Loose(phone).Length < 3))
            {
                throw SearchErrors.InvalidSearchValue("phone", 3);
            }

            var phoneFields = FieldsOf(module, t => t == FieldDataType.Phone);
            var loosePhone = SearchText.Loose(phone);
            return r => phoneFields.Any(f => r.Values.GetValueOrDefault(f) is string s
                && (digits.Length > 0 ? SearchText.Digits(s).Contains(digits, StringComparison.Ordinal) : SearchText.LooseContains(s, loosePhone)));
        }

        if (Present(request.Word) is { } word)
        {
            var loose = SearchText.Loose(word);
            if (loose.Length < 2)
            {
                throw SearchErrors.InvalidSearchValue("word", 2);
            }

            var textFields = FieldsOf(module, t => t.IsTextLike());
            var multiFields = FieldsOf(module, t => t == FieldDataType.MultiSelectPicklist);
            return r => textFields.Any(f => r.Values.GetValueOrDefault(f) is string s && SearchText.LooseContains(s, loose))
                || multiFields.Any(f => r.Values.GetValueOrDefault(f) is string[] a && a.Any(s => SearchText.LooseContains(s, loose)));
        }

        return null;
    }

    /// <summary>The search parameter in force, in Zoho's priority order.</summary>
    private static string SearchParameter(SearchRequest request) =>
        Present(request.Criteria) is not null ? "criteria" : Present(request.Email) is not null ? "email" : Present(request.Phone) is not null ? "phone" : "word";

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] FieldsOf(ModuleDefinition module, Func<FieldDataType, bool> type) =>
        module.Fields.Where(f => type(f.ValueType)).Select(f => f.ApiName).ToArray();

    /// <summary>Records the search index matches (with its lag), as their current versions, in id order.</summary>
    private List<StoredRecord> Matches(ModuleDefinition module, Func<StoredRecord, bool> filter, SearchRequest request)
    {
        var converted = (request.Converted ?? "false").Trim().ToLowerInvariant();
        if (converted is not ("true" or "false" or "both"))
        {
            throw SearchErrors.InvalidParam("converted", "converted must be true, false or both");
        }

        var approved = (request.Approved ?? "true").Trim().ToLowerInvariant();
        if (approved is not ("true" or "false" or "both"))
        {
            throw SearchErrors.InvalidParam("approved", "approved must be true, false or both");
        }

        // Converted leads are hidden unless asked for; modules without the flag have none.
        var convertedField = module.FindField("Converted__s")?.ApiName;
        Func<StoredRecord, bool> convertedFilter = convertedField is null || converted == "both"
            ? static _ => true
            : r => (r.Values.GetValueOrDefault(convertedField) is true) == (converted == "true");

        var lag = TimeSpan.FromSeconds(Math.Max(0, _settings.SearchLagSeconds));
        var matches = new List<StoredRecord>();
        foreach (var record in _store.ScanForFilter(module.ApiName, lag))
        {
            if (filter(record.Indexed) && convertedFilter(record.Current))
            {
                matches.Add(record.Current);
            }
        }

        return matches;
    }

    private static void Sort(List<StoredRecord> records, FieldDefinition? field, bool descending)
    {
        Comparison<StoredRecord> byId = (a, b) => a.Id.CompareTo(b.Id);
        Comparison<StoredRecord> comparison = field is null
            ? byId
            : (a, b) =>
            {
                var compared = Coql.CoqlValues.Compare(a.Values.GetValueOrDefault(field.ApiName), b.Values.GetValueOrDefault(field.ApiName),
                    Coql.CoqlValues.KindOf(field.ValueType));
                return compared != 0 ? compared : byId(a, b);
            };
        records.Sort(descending ? (a, b) => comparison(b, a) : comparison);
    }

    private static IReadOnlyList<FieldDefinition> SelectFields(ModuleDefinition module, string? fields)
    {
        var readable = module.Fields.Where(f => f.DataType != FieldDataType.MultiSelectLookup).ToList();
        if (string.IsNullOrWhiteSpace(fields))
        {
            return readable;
        }

        var selected = new List<FieldDefinition>();
        foreach (var name in fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var field = module.FindField(name);
            if (field is null || field.DataType == FieldDataType.MultiSelectLookup)
            {
                throw SearchErrors.InvalidFieldsParam(name);
            }

            if (!selected.Contains(field))
            {
                selected.Add(field);
            }
        }

        return selected;
    }

    private static int ReadPositive(string? text, string param, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw SearchErrors.InvalidParam(param, $"{param} must be a positive whole number");
    }
}
