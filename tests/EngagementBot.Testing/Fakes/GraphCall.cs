using System.Text.Json.Nodes;

namespace EngagementBot.Testing.Fakes;

/// <summary>
/// One request made to <see cref="FakeGraphServer"/>: the decoded path (e.g. <c>/v1.0/users/u1/manager</c>),
/// the decoded query (<c>$filter</c>, <c>$select</c>…), the JSON body, and which route it matched (null: none).
/// </summary>
public sealed record GraphCall(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    JsonNode? Body,
    string? Authorization,
    GraphRoute? Route,
    DateTimeOffset At);
