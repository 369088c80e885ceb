using EngagementBot.Domain.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Alerts;

/// <summary>The team channel is the last rung: told without any personal data; a member who takes it gets the details privately.</summary>
public sealed class ChannelAlertTests : IAsyncLifetime
{
    private static readonly string[] PersonalData = [WorkerName, CaseReference, Location, "Pontypridd", Phone, "07700", "Home visit"];

    private static readonly string[] PersonalLabels = ["Worker", "Case", "Where", "Phone", "Expected back"];

    private AlertFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await AlertFlowHost.StartAsync(MondayMorning);

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task ChannelRung_ThreadCard_HasNoPersonalDataButTheButton()
    {
        var alert = await RaiseUntilTheChannelAsync();

        var card = Assert.Single(_flow.ChannelThreads());
        var text = TextOf(card);
        AssertNoPersonalData(text);
        Assert.Contains("A lone-worker alert for this team needs someone now", text, StringComparison.Ordinal);
        Assert.Contains("Raised {{DATE(2026-03-02T10:00:00Z, SHORT)}}", text, StringComparison.Ordinal);
        var button = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("alert-handle", button["verb"]!.GetValue<string>());
        Assert.Equal(alert.Id.ToString("D"), button["data"]!["alertId"]!.GetValue<string>());

        // The person view of the same alert does carry them (so the check above can fail).
        var managerCopy = _flow.SentInto(await _flow.CardPostedToAsync(alert.Id, Manager)).First(b => b["attachments"] is not null);
        Assert.Contains(Location, TextOf(managerCopy), StringComparison.Ordinal);
        Assert.Contains(Phone, TextOf(managerCopy), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMemberTakesIt_DetailsInTheirOwnChat_ChannelCopyStaysClean()
    {
        var alert = await RaiseUntilTheChannelAsync();
        var thread = await _flow.CardPostedToAsync(alert.Id, Channel);

        var response = await _flow.InvokeAsync("alert-handle", alert.Id, Stranger, "Pat Stranger", thread, inChannel: true);

        var answer = TextOf(response["value"]);
        Assert.Contains("Handled by Pat Stranger at", answer, StringComparison.Ordinal);
        AssertNoPersonalData(answer);
        var stored = (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!;
        Assert.Equal(AlertState.Handled, stored.State);
        Assert.Equal(Stranger, stored.HandledBy);

        var privateChat = await _flow.CardPostedToAsync(alert.Id, Stranger);
        Assert.NotEqual(thread, privateChat);
        var details = TextOf(_flow.SentInto(privateChat).Single(b => b["attachments"] is not null));
        Assert.Contains(Location, details, StringComparison.Ordinal);
        Assert.Contains(Phone, details, StringComparison.Ordinal);
        Assert.Contains("You're handling this alert", details, StringComparison.Ordinal);

        await Eventually.TrueAsync(() => _flow.CardUpdates().Any(u => u.Path.Contains(Uri.EscapeDataString(thread), StringComparison.Ordinal)), "the channel copy was updated");
        var channelUpdate = TextOf(_flow.CardUpdates().Single(u => u.Path.Contains(Uri.EscapeDataString(thread), StringComparison.Ordinal)).Card);
        Assert.Contains("Handled by Pat Stranger", channelUpdate, StringComparison.Ordinal);
        AssertNoPersonalData(channelUpdate);
    }

    [Fact]
    public async Task ChannelCardPress_OutsideTheChannel_IsRefused()
    {
        var alert = await RaiseUntilTheChannelAsync();

        var response = await _flow.InvokeAsync("alert-handle", alert.Id, Stranger, "Pat Stranger", "a:stranger-chat");

        Assert.Contains("Only the people this alert went to can take it on.", TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Equal(AlertState.Raised, (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!.State);
    }

    private static void AssertNoPersonalData(string text)
    {
        Assert.All(PersonalData, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        Assert.All(PersonalLabels, label => Assert.DoesNotContain(label, text, StringComparison.Ordinal));
    }

    private async Task<SafetyAlert> RaiseUntilTheChannelAsync()
    {
        var alert = await _flow.RaiseOverdueAsync();
        await _flow.CardPostedToAsync(alert.Id, Manager);
        for (var step = 0; step < 3; step++)
        {
            _flow.Advance(AcknowledgeWithin);
            await Eventually.TrueAsync(() => _flow.Alerts.FindAsync(alert.Id, CancellationToken.None).Result!.Step == step + 1, "the next step");
        }

        await Eventually.TrueAsync(() => _flow.ChannelThreads().Count == 1, "the channel was told");
        return (await _flow.Alerts.FindAsync(alert.Id, CancellationToken.None))!;
    }
}
