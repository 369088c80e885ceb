using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>Answers every alarm with one fixed message and remembers the requests.</summary>
public sealed class RecordingEmergencyHandler : IEmergencyHandler
{
    public const string Reply = "ALARM RAISED: call 999 if you are in danger.";

    public List<EmergencyRequest> Requests { get; } = [];

    public Task<IReadOnlyList<BotReply>> HandleAsync(EmergencyRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult<IReadOnlyList<BotReply>>([BotReply.FromText(Reply)]);
    }
}
