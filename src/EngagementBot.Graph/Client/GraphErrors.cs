using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions;

namespace EngagementBot.Graph.Client;

/// <summary>
/// Runs one SDK call and turns every failure into a <see cref="GraphDeliveryException"/> that says
/// whether retrying can help. Messages carry the operation, the status and Graph's error code,
/// never Graph's error text (it can quote user principal names or addresses).
/// </summary>
internal static class GraphErrors
{
    public static async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (ApiException ex)
        {
            throw FromApi(operation, ex, clock.GetUtcNow());
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphDeliveryException($"{operation}: Graph did not answer in time", isTransient: true, inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GraphDeliveryException($"{operation}: Graph could not be reached ({ex.HttpRequestError})", isTransient: true, inner: ex);
        }
        catch (CredentialUnavailableException ex)
        {
            throw new GraphDeliveryException($"{operation}: no Graph credential is available", isTransient: false, inner: ex);
        }
        catch (AuthenticationFailedException ex)
        {
            // Entra refused the app's credentials (bad secret, unknown client): retrying cannot help.
            // Anything else (Entra unreachable, throttled) can pass.
            var refused = ex.InnerException is MsalServiceException { StatusCode: 400 or 401 };
            throw new GraphDeliveryException($"{operation}: could not get a Graph token", isTransient: !refused, inner: ex);
        }
    }

    public static async Task RunAsync(string operation, Func<CancellationToken, Task> call, TimeProvider clock, CancellationToken cancellationToken) =>
        await RunAsync<bool>(
            operation,
            async ct =>
            {
                await call(ct);
                return true;
            },
            clock,
            cancellationToken);

    /// <summary>429, 5xx and 408 are transient; every other status (400, 401, 403, 404, 409…) is not.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 429 || status >= 500;

    internal static GraphDeliveryException FromApi(string operation, ApiException ex, DateTimeOffset now)
    {
        var status = ex.ResponseStatusCode;
        var code = (ex as ODataError)?.Error?.Code;
        var retryAfter = RetryAfterHeader.Read(ex.ResponseHeaders, now);
        var message = $"{operation}: Graph answered {status}" + (code is null ? string.Empty : $" ({code})");
        // The SDK exception is deliberately not kept as the inner exception: its message is Graph's
        // error text, which can quote a user principal name, and inner exceptions end up in logs.
        return new GraphDeliveryException(message, IsTransientStatus(status), status, retryAfter, code);
    }
}
