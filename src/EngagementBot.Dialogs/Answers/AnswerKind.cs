namespace EngagementBot.Dialogs.Answers;

/// <summary>What kind of answer a question takes, which decides how typed text is read and checked.</summary>
public enum AnswerKind
{
    Text,
    YesNo,
    Choice,
    /// <summary>Any number of the options (a multi-select); stored as an array of values.</summary>
    Choices,
    Number,
    DateTime,
    Date,
    Time,
    CaseReference,
    PhoneNumber,
}
