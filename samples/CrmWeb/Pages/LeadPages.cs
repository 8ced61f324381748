using System.Globalization;
using System.Text;
using CrmWeb.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using static CrmWeb.Pages.Html;

namespace CrmWeb.Pages;

/// <summary>Leads: a list with filter, sort and paging, an edit form and a create form. The LINQ is what an app would write.</summary>
internal static class LeadPages
{
    public const int PageSize = 20;

    private static readonly Dictionary<string, string> NoErrors = [];

    private static readonly string[] Statuses =
        ["Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead", "Not Contacted", "Pre-Qualified", "Not Qualified"];

    public static void MapLeadPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/leads", ListAsync);
        app.MapGet("/leads/new", (IAntiforgery antiforgery, HttpContext context) =>
            Page("New lead", Form(antiforgery, context, "/leads/new", new Lead(), errors: NoErrors)));
        app.MapPost("/leads/new", CreateAsync);
        app.MapGet("/leads/{id:long}/edit", EditAsync);
        app.MapPost("/leads/{id:long}/edit", SaveAsync);
    }

    private static async Task<IResult> ListAsync(CrmContext db, string? status, string? company, string? sort, int? page, CancellationToken ct)
    {
        var pageNumber = Math.Max(1, page ?? 1);
        IQueryable<Lead> leads = db.Leads.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            leads = leads.Where(l => l.Lead_Status == status);
        }

        if (!string.IsNullOrWhiteSpace(company))
        {
            leads = leads.Where(l => l.Company!.StartsWith(company));
        }

        leads = sort == "name"
            ? leads.OrderBy(l => l.Last_Name).ThenBy(l => l.Id)
            : leads.OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id);

        // One row more than a page tells whether there is a next page.
        var rows = await leads.Skip((pageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <form method="get" action="/leads">
            <label>Status <select name="status"><option value="">any</option>{string.Concat(Statuses.Select(s => $"<option{(s == status ? " selected" : "")}>{E(s)}</option>"))}</select></label>
            <label>Company starts with <input name="company" value="{E(company)}"></label>
            <label>Sort <select name="sort"><option value="revenue">annual revenue</option><option value="name"{(sort == "name" ? " selected" : "")}>last name</option></select></label>
            <button>Filter</button></form>
            <table id="leads"><thead><tr><th>Name</th><th>Company</th><th>Status</th><th>Annual revenue</th><th></th></tr></thead><tbody>
            """);
        foreach (var lead in rows.Take(PageSize))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"""<tr data-id="{lead.Id}"><td>{E(lead.First_Name)} {E(lead.Last_Name)}</td><td>{E(lead.Company)}</td><td>{E(lead.Lead_Status)}</td><td>{E(lead.Annual_Revenue)}</td><td><a href="/leads/{lead.Id}/edit">Edit</a></td></tr>""");
        }

        html.Append("</tbody></table><p>");
        string Link(int number) => $"/leads?status={Uri.EscapeDataString(status ?? "")}&company={Uri.EscapeDataString(company ?? "")}&sort={Uri.EscapeDataString(sort ?? "")}&page={number}";
        if (pageNumber > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<a rel="prev" href="{E(Link(pageNumber - 1))}">Previous</a> """);
        }

        html.Append(CultureInfo.InvariantCulture, $"Page {pageNumber}");
        if (rows.Count > PageSize)
        {
            html.Append(CultureInfo.InvariantCulture, $""" <a rel="next" href="{E(Link(pageNumber + 1))}">Next</a>""");
        }

        html.Append("</p>");
        return Page("Leads", html.ToString());
    }

    private static async Task<IResult> EditAsync(long id, CrmContext db, IAntiforgery antiforgery, HttpContext context, CancellationToken ct)
    {
        var lead = await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        return lead is null
            ? Page("Not found", $"<p>No lead has the id {id}.</p>", StatusCodes.Status404NotFound)
            : Page("Edit lead", Form(antiforgery, context, $"/leads/{id}/edit", lead, errors: NoErrors));
    }

    private static async Task<IResult> SaveAsync(long id, IFormCollection form, CrmContext db, IAntiforgery antiforgery, HttpContext context, CancellationToken ct)
    {
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return Page("Not found", $"<p>No lead has the id {id}.</p>", StatusCodes.Status404NotFound);
        }

        Bind(lead, form);
        return await SaveOrShowErrorsAsync(db, lead, "Edit lead", $"/leads/{id}/edit", antiforgery, context, ct);
    }

    private static async Task<IResult> CreateAsync(IFormCollection form, CrmContext db, IAntiforgery antiforgery, HttpContext context, CancellationToken ct)
    {
        var lead = new Lead();
        Bind(lead, form);
        db.Leads.Add(lead);
        return await SaveOrShowErrorsAsync(db, lead, "New lead", "/leads/new", antiforgery, context, ct);
    }

    /// <summary>Saves; when Zoho refuses the record, the form again with Zoho's message next to the field it names.</summary>
    private static async Task<IResult> SaveOrShowErrorsAsync(
        CrmContext db, Lead lead, string title, string action, IAntiforgery antiforgery, HttpContext context, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Results.Redirect($"/leads?company={Uri.EscapeDataString(lead.Company ?? "")}");
        }
        catch (DbUpdateException e) when (e.InnerException is ZohoCrmException zoho)
        {
            var field = zoho.Details.TryGetValue("api_name", out var name) ? name?.ToString() ?? "" : "";
            return Page(title, Form(antiforgery, context, action, lead, new Dictionary<string, string> { [field] = zoho.Message }),
                StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static void Bind(Lead lead, IFormCollection form)
    {
        lead.First_Name = Optional(form["First_Name"]);
        lead.Last_Name = form["Last_Name"].ToString().Trim();
        lead.Company = Optional(form["Company"]);
        lead.Email = Optional(form["Email"]);
        lead.Lead_Status = Optional(form["Lead_Status"]);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Form(IAntiforgery antiforgery, HttpContext context, string action, Lead lead, IReadOnlyDictionary<string, string> errors)
    {
        string Field(string name, string label, string? value) =>
            $"""<p><label>{E(label)} <input name="{name}" value="{E(value)}"></label>{(errors.TryGetValue(name, out var error) ? $""" <span class="error" data-field="{name}">{E(error)}</span>""" : "")}</p>""";

        var general = errors.Where(e => e.Key is not ("First_Name" or "Last_Name" or "Company" or "Email" or "Lead_Status"))
            .Select(e => $"""<p class="error">{E(e.Value)}</p>""");
        return $"""
            {string.Concat(general)}
            <form method="post" action="{action}">
            {Antiforgery(antiforgery, context)}
            {Field("First_Name", "First name", lead.First_Name)}
            {Field("Last_Name", "Last name", lead.Last_Name)}
            {Field("Company", "Company", lead.Company)}
            {Field("Email", "Email", lead.Email)}
            {Field("Lead_Status", "Status", lead.Lead_Status)}
            <button>Save</button></form>
            """;
    }
}
