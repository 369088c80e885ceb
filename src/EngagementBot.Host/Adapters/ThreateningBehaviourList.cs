using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Guidance.Loading;

namespace EngagementBot.Host.Adapters;

/// <summary>The option list <c>threateningBehaviours</c>: the active pack's threatening behaviours, stored by id.</summary>
public sealed class ThreateningBehaviourList(PackCatalog packs) : IOptionList
{
    public const string ListName = "threateningBehaviours";

    public string Name => ListName;

    public IReadOnlyList<ChoiceOption> Options(OptionListRequest request) =>
        [.. packs.Active.ThreateningBehaviours.Select(b => new ChoiceOption { Value = b.Id, Title = b.Label })];
}
