using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Guidance.Loading;
using GuidanceModel = EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Adapters;

/// <summary>
/// The dialog engine's pack port: the active procedure pack's questions of one group, each with
/// its citation, so one dialog definition serves every pack.
/// </summary>
public sealed class PackQuestionSource(PackCatalog packs) : IPackQuestionSource
{
    public Task<IReadOnlyList<PackQuestion>> GetQuestionsAsync(PackQuestionRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<PackQuestion> questions = packs.Active.PreContactQuestions
            .Where(q => string.Equals(q.Group, request.Group, StringComparison.OrdinalIgnoreCase))
            .Select(ToDialogQuestion)
            .ToList();
        return Task.FromResult(questions);
    }

    private static PackQuestion ToDialogQuestion(GuidanceModel.PackQuestion question) => new(
        question.Id,
        question.Text,
        question.Kind switch
        {
            GuidanceModel.QuestionKind.YesNo => AnswerKind.YesNo,
            GuidanceModel.QuestionKind.Choice => AnswerKind.Choice,
            _ => AnswerKind.Text,
        },
        question.Options?.Select(o => new ChoiceOption { Value = o.Id, Title = o.Label }).ToList(),
        question.Help,
        $"{question.Source.Document} §{question.Source.Section}");
}
