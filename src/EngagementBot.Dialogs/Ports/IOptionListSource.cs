using System.Text.Json;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Ports;

/// <summary>
/// Named option lists the deployment supplies to <c>choice</c> steps with <c>optionsFrom</c> (the active
/// pack's threatening behaviours, configured areas…), so one definition serves every pack and every
/// deployment. A list is fetched once per dialog run and kept with it; an empty list skips the step.
/// </summary>
public interface IOptionListSource
{
    /// <exception cref="ArgumentException">The source knows no list of that name (a definition error).</exception>
    Task<IReadOnlyList<ChoiceOption>> GetOptionsAsync(OptionListRequest request, CancellationToken cancellationToken);
}

/// <summary>Which list is wanted, for whom, and the answers so far.</summary>
public sealed record OptionListRequest(string List, UserRef User, ConversationAddress Conversation, JsonElement Answers);
