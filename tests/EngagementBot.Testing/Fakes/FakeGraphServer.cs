using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EngagementBot.Testing.Fakes;

/// <summary>
/// A local stand-in for Microsoft Graph v1.0, for the real Graph SDK pointed at <see cref="BaseUrl"/>.
/// It serves exactly: <c>GET /users/{id}</c>, <c>GET /users/{id}/manager</c> (404 when none),
/// <c>GET|POST /users/{id}/teamwork/installedApps</c> (<c>$filter=teamsApp/id eq '…'</c>, 409 when
/// already installed), <c>POST /users/{id}/teamwork/sendActivityNotification</c> (204) and
/// <c>POST /users/{id}/sendMail</c> (202; the sender must be a known user). Anything else is 404.
/// Requests without a bearer token get 401. Every call is recorded, and the next calls to a route
/// can be told to fail (<see cref="FailNext"/>).
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<GraphCall> _calls = new();
    private readonly ConcurrentDictionary<GraphRoute, ConcurrentQueue<GraphFault>> _faults = new();
    private readonly ConcurrentDictionary<string, FakeGraphUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _managers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _installedApps = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private LoopbackServer? _server;
    private int _ids;

    /// <summary>The Graph root including the version, e.g. <c>http://127.0.0.1:5123/v1.0</c> (no trailing slash).</summary>
    public string BaseUrl => (_server?.BaseAddress ?? throw new InvalidOperationException("not started")) + "v1.0";

    public IReadOnlyList<GraphCall> Calls => [.. _calls];

    public static async Task<FakeGraphServer> StartAsync()
    {
        var fake = new FakeGraphServer();
        fake._server = await LoopbackServer.StartAsync(app => app.Map("/{**rest}", fake.HandleAsync));
        return fake;
    }

    public IReadOnlyList<GraphCall> CallsTo(GraphRoute route) => Calls.Where(c => c.Route == route).ToList();

    public FakeGraphServer AddUser(FakeGraphUser user)
    {
        _users[user.Id] = user;
        return this;
    }

    /// <summary>Makes <paramref name="managerId"/> the manager of <paramref name="userId"/>.</summary>
    public FakeGraphServer SetManager(string userId, string managerId)
    {
        _managers[userId] = managerId;
        return this;
    }

    /// <summary>Installs <paramref name="teamsAppId"/> (catalog id) for the user, as if done earlier.</summary>
    public FakeGraphServer InstallApp(string userId, string teamsAppId)
    {
        Install(userId, teamsAppId);
        return this;
    }

    public bool IsInstalled(string userId, string teamsAppId) =>
        _installedApps.TryGetValue(userId, out var apps) && apps.ContainsKey(teamsAppId);

    /// <summary>The next <paramref name="count"/> calls to <paramref name="route"/> fail as <paramref name="fault"/> says.</summary>
    public void FailNext(GraphRoute route, int count, GraphFault fault)
    {
        var queue = _faults.GetOrAdd(route, _ => new ConcurrentQueue<GraphFault>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(fault);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        var (route, userId) = Match(request.Method, path);
        var body = await ReadBodyAsync(request);
        _calls.Enqueue(new GraphCall(
            request.Method,
            path,
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            body,
            request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            route,
            DateTimeOffset.UtcNow));

        if (route is not { } matched || userId is null)
        {
            await ErrorAsync(context, HttpStatusCode.NotFound, "Request_UnsupportedQuery", "fake Graph does not serve this");
            return;
        }

        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await ErrorAsync(context, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }

        if (_faults.TryGetValue(matched, out var faults) && faults.TryDequeue(out var fault))
        {
            if (fault.Hold is { } hold && !await HoldAsync(context, hold))
            {
                return;
            }

            if (fault.Status is { } status)
            {
                if (fault.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await ErrorAsync(context, status, fault.Code ?? status.ToString(), "fake failure");
                return;
            }
        }

        await (matched switch
        {
            GraphRoute.User => GetUserAsync(context, userId),
            GraphRoute.Manager => GetManagerAsync(context, userId),
            GraphRoute.ListInstalledApps => ListInstalledAppsAsync(context, userId),
            GraphRoute.InstallApp => InstallAppAsync(context, userId, body),
            GraphRoute.SendActivityNotification => SendActivityNotificationAsync(context, body),
            GraphRoute.SendMail => SendMailAsync(context, userId, body),
            _ => ErrorAsync(context, HttpStatusCode.NotFound, "Request_UnsupportedQuery", "fake Graph does not serve this"),
        });
    }

    private static (GraphRoute? Route, string? UserId) Match(string method, string path)
    {
        var match = RouteRegex().Match(path);
        if (!match.Success)
        {
            return (null, null);
        }

        var userId = Uri.UnescapeDataString(match.Groups["user"].Value);
        GraphRoute? route = (method, match.Groups["rest"].Value) switch
        {
            ("GET", "") => GraphRoute.User,
            ("GET", "/manager") => GraphRoute.Manager,
            ("GET", "/teamwork/installedApps") => GraphRoute.ListInstalledApps,
            ("POST", "/teamwork/installedApps") => GraphRoute.InstallApp,
            ("POST", "/teamwork/sendActivityNotification") => GraphRoute.SendActivityNotification,
            ("POST", "/sendMail") => GraphRoute.SendMail,
            _ => null,
        };
        return (route, userId);
    }

    private async Task<bool> HoldAsync(HttpContext context, TimeSpan hold)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(hold, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            // the client gave up (its timeout) or the fake is stopping
            return false;
        }
    }

    private Task GetUserAsync(HttpContext context, string userId) =>
        _users.TryGetValue(userId, out var user)
            ? WriteJsonAsync(context, UserJson(user, "users/$entity"))
            : ErrorAsync(context, HttpStatusCode.NotFound, "Request_ResourceNotFound", "Resource does not exist.");

    private Task GetManagerAsync(HttpContext context, string userId)
    {
        if (!_managers.TryGetValue(userId, out var managerId))
        {
            return ErrorAsync(context, HttpStatusCode.NotFound, "Request_ResourceNotFound", "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
        }

        var manager = _users.TryGetValue(managerId, out var known) ? known : new FakeGraphUser(managerId, string.Empty, null);
        return WriteJsonAsync(context, UserJson(manager, "directoryObjects/$entity"));
    }

    private Task ListInstalledAppsAsync(HttpContext context, string userId)
    {
        var apps = _installedApps.TryGetValue(userId, out var installed) ? installed.ToArray() : [];
        var filter = context.Request.Query["$filter"].ToString();
        if (filter.Length > 0)
        {
            var byId = FilterRegex().Match(filter);
            if (!byId.Success)
            {
                return ErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", "fake Graph filters on teamsApp/id only");
            }

            apps = apps.Where(a => string.Equals(a.Key, byId.Groups["id"].Value, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        var expand = context.Request.Query["$expand"].ToString().Contains("teamsApp", StringComparison.Ordinal);
        var value = new JsonArray();
        foreach (var (appId, installationId) in apps)
        {
            var item = new JsonObject { ["id"] = installationId };
            if (expand)
            {
                item["teamsApp"] = new JsonObject { ["id"] = appId, ["externalId"] = "manifest-" + appId, ["displayName"] = "EngagementBot", ["distributionMethod"] = "organization" };
            }

            value.Add(item);
        }

        return WriteJsonAsync(context, new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('fake')/teamwork/installedApps", ["value"] = value });
    }

    private Task InstallAppAsync(HttpContext context, string userId, JsonNode? body)
    {
        var bind = body?["teamsApp@odata.bind"]?.GetValue<string>();
        var appId = bind is null ? null : CatalogBindRegex().Match(bind) is { Success: true } m ? Uri.UnescapeDataString(m.Groups["id"].Value) : null;
        if (appId is null)
        {
            return ErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", "teamsApp@odata.bind must name /appCatalogs/teamsApps/{id}");
        }

        if (!Install(userId, appId))
        {
            return ErrorAsync(context, HttpStatusCode.Conflict, "Conflict", "App is already installed.");
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        return Task.CompletedTask;
    }

    private static Task SendActivityNotificationAsync(HttpContext context, JsonNode? body)
    {
        if (body?["activityType"] is null || body["topic"]?["source"] is null || body["topic"]?["value"] is null)
        {
            return ErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", "activityType and topic are required");
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private Task SendMailAsync(HttpContext context, string senderId, JsonNode? body)
    {
        if (!_users.ContainsKey(senderId))
        {
            return ErrorAsync(context, HttpStatusCode.NotFound, "ErrorInvalidUser", "The requested user is invalid.");
        }

        if (body?["message"]?["toRecipients"] is not JsonArray { Count: > 0 })
        {
            return ErrorAsync(context, HttpStatusCode.BadRequest, "ErrorInvalidRecipients", "At least one recipient is not valid.");
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        return Task.CompletedTask;
    }

    private bool Install(string userId, string appId)
    {
        var apps = _installedApps.GetOrAdd(userId, _ => new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        return apps.TryAdd(appId, "installation-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture));
    }

    private static JsonObject UserJson(FakeGraphUser user, string context) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#" + context,
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["mail"] = user.Mail,
        ["userPrincipalName"] = user.UserPrincipalName,
    };

    private static Task WriteJsonAsync(HttpContext context, JsonObject json)
    {
        context.Response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        return context.Response.WriteAsync(json.ToJsonString());
    }

    // Graph matches property names case-insensitively, and the SDK relies on it: it sends sendMail's
    // parameters as "Message" and "SaveToSentItems". Recorded bodies look up names the same way.
    private static async Task<JsonNode?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text, new JsonNodeOptions { PropertyNameCaseInsensitive = true });
    }

    private static async Task ErrorAsync(HttpContext context, HttpStatusCode status, string code, string message)
    {
        context.Response.StatusCode = (int)status;
        await context.Response.WriteAsJsonAsync(new { error = new { code, message, innerError = new { date = DateTimeOffset.UtcNow, requestId = Guid.NewGuid() } } });
    }

    [GeneratedRegex("^/v1\\.0/users/(?<user>[^/]+)(?<rest>(/.*)?)$")]
    private static partial Regex RouteRegex();

    [GeneratedRegex("^\\s*teamsApp/id\\s+eq\\s+'(?<id>[^']*)'\\s*$")]
    private static partial Regex FilterRegex();

    [GeneratedRegex("/appCatalogs/teamsApps/(?<id>[^/]+)$")]
    private static partial Regex CatalogBindRegex();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stopping.Dispose();
    }
}
