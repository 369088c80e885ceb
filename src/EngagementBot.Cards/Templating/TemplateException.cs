namespace EngagementBot.Cards.Templating;

/// <summary>
/// A card template could not be loaded (JSON or expression outside the supported subset) or could
/// not be bound. Messages name the template, the JSON path and the expression as written in the
/// template, never a data value, so they are safe to log.
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
