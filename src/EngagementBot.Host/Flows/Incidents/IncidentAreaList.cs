using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Host.Adapters;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>The option list <c>incidentAreas</c>: the configured areas (<see cref="IncidentOptions.Areas"/>), stored by name.</summary>
public sealed class IncidentAreaList(IOptions<IncidentOptions> options) : IOptionList
{
    public const string ListName = "incidentAreas";

    public string Name => ListName;

    public IReadOnlyList<ChoiceOption> Options(OptionListRequest request) =>
        [.. options.Value.Areas.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => new ChoiceOption { Value = a.Trim(), Title = a.Trim() })];
}
