using System.Text.Json;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Ports;

/// <summary>
/// The questions of the active procedure pack for a group (e.g. <c>pre-contact</c>), so one
/// definition serves every pack. A step naming several groups asks once per group. Asked one by one
/// or on one form card; answers are stored as <c>stepId.questionId</c>.
/// </summary>
public interface IPackQuestionSource
{
    Task<IReadOnlyList<PackQuestion>> GetQuestionsAsync(PackQuestionRequest request, CancellationToken cancellationToken);
}

/// <summary>Which group is wanted, for whom, and the answers so far (e.g. a chosen pack).</summary>
public sealed record PackQuestionRequest(string Group, UserRef User, ConversationAddress Conversation, JsonElement Answers);

/// <summary>
/// One pack question. <see cref="Kind"/> is text, yesNo, choice (with options) or number;
/// <see cref="Source"/> cites the guidance section it comes from.
/// </summary>
public sealed record PackQuestion(
    string Id,
    string Text,
    AnswerKind Kind,
    IReadOnlyList<ChoiceOption>? Options = null,
    string? Help = null,
    string? Source = null,
    string? Label = null);
