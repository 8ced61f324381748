namespace ZohoCrm.Emulator.Http.Hosting;

/// <summary>
/// The base URL the emulator listens on (no trailing slash), known once Kestrel has bound its port. It is both
/// the accounts server and the API domain, so token responses report it as <c>api_domain</c>.
/// </summary>
public sealed class EmulatorAddress
{
    private string? _baseUrl;

    public string BaseUrl
    {
        get => _baseUrl ?? throw new InvalidOperationException("The emulator has not started listening yet.");
        set => _baseUrl = value.TrimEnd('/');
    }
}
