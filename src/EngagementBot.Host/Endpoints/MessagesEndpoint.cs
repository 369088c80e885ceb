using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Authentication;
using EngagementBot.Host.Turns;
using Microsoft.AspNetCore.Http.Features;

namespace EngagementBot.Host.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Connector's door into the bot. A request without a valid
/// channel token gets 401, an unreadable one 400 — never 500; an invoke is answered in the same
/// response.
/// </summary>
public static partial class MessagesEndpoint
{
    /// <summary>Teams messages are at most ~100 KB; leave room for cards and channel data.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext context,
        IBotAuthenticator authenticator,
        TurnPipeline pipeline,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var cancellationToken = context.RequestAborted;
        var authorization = context.Request.Headers.Authorization.ToString();

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        ActivityParseResult parsed;
        try
        {
            parsed = await ActivityParser.ParseAsync(context.Request.Body, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            await WriteProblemAsync(context, ex.StatusCode, "The request body could not be read.");
            return;
        }

        // As Bot Connector hosts do: an unreadable body is a 400 before any token is looked at (the
        // token's serviceurl claim is checked against the body, so it cannot be judged without it).
        if (!parsed.IsSuccess)
        {
            LogMalformed(logger, parsed.Error, parsed.Detail);
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, $"The activity could not be read ({parsed.Error}).");
            return;
        }

        var auth = await authenticator.AuthenticateAsync(
            authorization.Length == 0 ? null : authorization,
            parsed.Activity!.ChannelId,
            parsed.Activity.ServiceUrl,
            cancellationToken);
        if (!auth.IsAuthenticated)
        {
            LogUnauthenticated(logger, auth.Failure);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "A valid channel token is required.");
            return;
        }

        var result = await pipeline.ProcessAsync(parsed.Activity!, cancellationToken);
        if (result.Invoke is { } invoke)
        {
            context.Response.StatusCode = invoke.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(invoke.SerializeBody(), cancellationToken);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemBody(status, detail), context.RequestAborted);
    }

    private sealed record ProblemBody(int Status, string Detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an activity without a valid channel token: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, AuthenticationFailureReason reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an unreadable activity: {Error} at {Path}")]
    private static partial void LogMalformed(ILogger logger, ActivityParseError error, string? path);
}
