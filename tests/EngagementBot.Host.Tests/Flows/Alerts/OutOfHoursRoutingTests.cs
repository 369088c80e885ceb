using EngagementBot.Host.Tests.Flows.Approvals;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Alerts;

/// <summary>Out of hours the duty contact is asked first, then the line manager.</summary>
public sealed class OutOfHoursRoutingTests
{
    [Theory]
    [InlineData("2026-03-02T19:00:00Z")] // Monday evening
    [InlineData("2026-03-07T11:00:00Z")] // Saturday
    [InlineData("2026-05-04T10:00:00Z")] // early May bank holiday, 11:00 BST
    public async Task RaiseOverdue_OutOfHours_DutyContactFirstThenLineManager(string at)
    {
        await using var flow = await AlertFlowHost.StartAsync(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        var alert = await flow.RaiseOverdueAsync();

        await flow.CardPostedToAsync(alert.Id, OutOfHours);
        await Eventually.TrueAsync(() => flow.MailsTo("olu@contoso.example").Count == 1, "the duty contact was mailed");
        await Task.Delay(300);
        Assert.False(await flow.HasCardAsync(alert.Id, Manager));
        Assert.Empty(flow.MailsTo("alex@contoso.example"));

        flow.Advance(AcknowledgeWithin);
        await flow.CardPostedToAsync(alert.Id, Manager);
    }
}
