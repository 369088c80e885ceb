using System.Text.Json;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Outbox;

namespace EngagementBot.Graph.Tests.Outbox;

/// <summary>The outbox stores payloads as JSON with the web defaults; they must come back intact.</summary>
public sealed class GraphPayloadTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void ActivityFeedPayload_WebJsonRoundTrip_KeepsEveryFieldWithEnumsAsNames()
    {
        var payload = new ActivityFeedPayload(
            "manager-id",
            new ActivityFeedNotice(
                FeedActivityType.OverdueVisitAlert,
                FeedTopic.Text("Lone visit", "https://teams.microsoft.com/l/x"),
                "Overdue",
                new FeedTemplateParameters("CASE-1", "Sam", 25),
                ChainId: 7));

        var json = JsonSerializer.Serialize(payload, Web);
        var back = JsonSerializer.Deserialize<ActivityFeedPayload>(json, Web);

        Assert.Equal(payload, back);
        Assert.Contains("\"OverdueVisitAlert\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Text\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MailPayload_WebJsonRoundTrip_KeepsEveryField()
    {
        var payload = new MailPayload("manager-id", new MailNotice("Subject", "<p>Body</p>", MailBodyFormat.Html, "duty@contoso.example", Urgent: true));

        var back = JsonSerializer.Deserialize<MailPayload>(JsonSerializer.Serialize(payload, Web), Web);

        Assert.Equal(payload, back);
    }

    [Fact]
    public void TeamsAppInstallPayload_WebJsonRoundTrip_KeepsTheUser()
    {
        var payload = new TeamsAppInstallPayload("worker-id");

        Assert.Equal(payload, JsonSerializer.Deserialize<TeamsAppInstallPayload>(JsonSerializer.Serialize(payload, Web), Web));
    }
}
