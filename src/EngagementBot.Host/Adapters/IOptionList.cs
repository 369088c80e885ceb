using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Host.Adapters;

/// <summary>One named option list for <c>choice</c> steps with <c>optionsFrom</c> (see <see cref="OptionListSource"/>).</summary>
public interface IOptionList
{
    /// <summary>The name definitions use in <c>optionsFrom</c>.</summary>
    string Name { get; }

    IReadOnlyList<ChoiceOption> Options(OptionListRequest request);
}
