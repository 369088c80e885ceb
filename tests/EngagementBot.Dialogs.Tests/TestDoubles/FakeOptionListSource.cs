using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>Option lists by name, set by the test; an unknown name is a definition error. Records each request.</summary>
public sealed class FakeOptionListSource : IOptionListSource
{
    public Dictionary<string, IReadOnlyList<ChoiceOption>> Lists { get; } = new(StringComparer.Ordinal);

    public List<OptionListRequest> Requests { get; } = [];

    public Task<IReadOnlyList<ChoiceOption>> GetOptionsAsync(OptionListRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Lists.TryGetValue(request.List, out var options)
            ? Task.FromResult(options)
            : throw new ArgumentException($"no list named '{request.List}'", nameof(request));
    }
}
