namespace EngagementBot.Graph.Tests.TestSupport;

/// <summary>Object ids used across the tests (opaque, GUID-shaped like Entra's).</summary>
internal static class GraphIds
{
    public const string Worker = "11111111-1111-1111-1111-111111111111";
    public const string Manager = "22222222-2222-2222-2222-222222222222";
    public const string Fallback = "33333333-3333-3333-3333-333333333333";
    public const string Deputy = "44444444-4444-4444-4444-444444444444";
    public const string SecondDeputy = "55555555-5555-5555-5555-555555555555";
    public const string Sender = "66666666-6666-6666-6666-666666666666";
    public const string TeamsApp = "77777777-7777-7777-7777-777777777777";
    public const string OtherTeamsApp = "88888888-8888-8888-8888-888888888888";
    public const string Token = "fake-graph-token";
}
