namespace EngagementBot.Dialogs.Definitions;

/// <summary>One or more definitions are invalid; each problem names the file and the step.</summary>
public sealed class DialogDefinitionException : Exception
{
    public DialogDefinitionException(IReadOnlyList<string> problems)
        : base("Invalid dialog definitions:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
    {
        Problems = problems;
    }

    public DialogDefinitionException()
        : this([])
    {
    }

    public DialogDefinitionException(string message)
        : this([message])
    {
    }

    public DialogDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
