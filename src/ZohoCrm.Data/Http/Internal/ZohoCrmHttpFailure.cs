using System.Security.Authentication;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>Why a request failed before an answer, in the words that help: what the pipeline's own checks said.</summary>
internal static class ZohoCrmHttpFailure
{
    /// <summary>
    /// The connect callback's own error (a firewall refusing the tunnel) or the TLS check's (<c>SSLServerCert</c>'s
    /// refusal, or the system trust store's) says more than <see cref="HttpClient"/>'s "see inner exception" wrapper.
    /// </summary>
    public static string Reason(HttpRequestException exception) => exception.InnerException switch
    {
        HttpRequestException inner => inner.Message,
        AuthenticationException tls => tls.Message,
        _ => exception.Message,
    };
}
