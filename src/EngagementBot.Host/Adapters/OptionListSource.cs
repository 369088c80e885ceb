using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Host.Adapters;

/// <summary>The dialog engine's option-list port: every registered <see cref="IOptionList"/>, by name.</summary>
public sealed class OptionListSource(IEnumerable<IOptionList> lists) : IOptionListSource
{
    private readonly Dictionary<string, IOptionList> _lists = lists.ToDictionary(l => l.Name, StringComparer.Ordinal);

    public Task<IReadOnlyList<ChoiceOption>> GetOptionsAsync(OptionListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _lists.TryGetValue(request.List, out var list)
            ? Task.FromResult(list.Options(request))
            : throw new ArgumentException($"no option list is named '{request.List}'", nameof(request));
    }
}
