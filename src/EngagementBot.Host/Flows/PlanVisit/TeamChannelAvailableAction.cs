using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// <c>team-channel-available</c>: whether the practitioner's team has a channel the bot may post in
/// (<see cref="TeamChannels"/>), so the dialog asks about sharing only when there is somewhere to share.
/// Says nothing; output: <c>{ available }</c>. No arguments.
/// </summary>
public sealed class TeamChannelAvailableAction(TeamChannels channels) : IDialogAction
{
    public const string ActionName = "team-channel-available";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channel = await channels.ForAsync(context.Turn.From.AadObjectId, cancellationToken);
        return new DialogActionResult(JsonSerializer.SerializeToElement(new { available = channel is not null }), []);
    }
}
