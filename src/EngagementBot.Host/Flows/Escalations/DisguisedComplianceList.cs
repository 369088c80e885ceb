using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Adapters;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>The option list <c>disguisedComplianceIndicators</c>: the active pack's indicators, stored by id (the evidence ticked).</summary>
public sealed class DisguisedComplianceList(PackCatalog packs) : IOptionList
{
    public const string ListName = "disguisedComplianceIndicators";

    public string Name => ListName;

    public IReadOnlyList<ChoiceOption> Options(OptionListRequest request) =>
        [.. packs.Active.DisguisedComplianceIndicators.Select(i => new ChoiceOption { Value = i.Id, Title = i.Text })];
}
