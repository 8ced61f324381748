using Microsoft.AspNetCore.Http;

namespace ZohoCrm.Emulator.Http.Hosting;

/// <summary>The emulator's path families: admin, OAuth (accounts server) and CRM API.</summary>
public static class EmulatorPaths
{
    public const string Admin = "/_emulator";
    public const string OAuth = "/oauth";
    public const string Crm = "/crm";
    public const string CrmV8 = "/crm/v8";

    public static bool IsAdmin(PathString path) => path.StartsWithSegments(Admin, StringComparison.OrdinalIgnoreCase);

    public static bool IsCrm(PathString path) => path.StartsWithSegments(Crm, StringComparison.OrdinalIgnoreCase);
}
