using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Dialogs.Ports;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Dialogs.Engine;

/// <summary>What the parts of the interpreter share: the definitions, the ports, the clock and the log.</summary>
internal sealed record DialogRuntime(
    DialogCatalog Catalog,
    AnswerInterpreter Answers,
    ICardRenderer Cards,
    IPackQuestionSource PackQuestions,
    IOptionListSource OptionLists,
    IPackPathSource PackPaths,
    DialogActionRegistry Actions,
    ZonedClock Clock,
    ILogger Log);
