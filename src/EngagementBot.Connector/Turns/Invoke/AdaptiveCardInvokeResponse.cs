using System.Text.Json;

namespace EngagementBot.Connector.Turns.Invoke;

/// <summary>
/// The body of an <c>adaptiveCard/action</c> answer:
/// <c>{"statusCode":…,"type":"application/vnd.microsoft.…","value":…}</c>.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}

/// <summary>The <c>value</c> of an error answer.</summary>
public sealed record InvokeError(string Code, string Message);
