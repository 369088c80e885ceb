using EngagementBot.Storage;

namespace EngagementBot.Host.Endpoints;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it can also reach its store.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (IStorageHealth storage, CancellationToken cancellationToken) =>
            await storage.CheckAsync(cancellationToken)
                ? Results.Text("ready")
                : Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
