using System.Globalization;
using System.Text.Json;
using EngagementBot.Connector.Serialization;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Connector.Turns.Invoke;

/// <summary>
/// Builds answers to <c>adaptiveCard/action</c>. The HTTP status is always 200 and the outcome is
/// in the body's <c>statusCode</c>, as Teams' Universal Actions expect; the body is never empty.
/// </summary>
public static class InvokeResponses
{
    private const int Ok = 200;

    /// <summary>Replace the card, for the user who acted, with <paramref name="cardJson"/>.</summary>
    public static InvokeResponse Card(string cardJson) =>
        new(Ok, new AdaptiveCardInvokeResponse(Ok, AdaptiveCardInvokeResponse.CardType, ReplyActivityFactory.ParseCard(cardJson)));

    /// <summary>Show <paramref name="text"/> to the user who acted; the card stays.</summary>
    public static InvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = JsonSerializer.SerializeToElement(text, ConnectorJsonContext.Default.String);
        return new(Ok, new AdaptiveCardInvokeResponse(Ok, AdaptiveCardInvokeResponse.MessageType, value));
    }

    /// <summary>An error: 400 (bad request) or 500 (anything else), with a code and a message.</summary>
    public static InvokeResponse Error(int statusCode, string message, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var status = statusCode is >= 400 and < 500 ? 400 : 500;
        var error = new InvokeError(code ?? status.ToString(CultureInfo.InvariantCulture), message);
        var value = JsonSerializer.SerializeToElement(error, ConnectorJsonContext.Default.InvokeError);
        return new(Ok, new AdaptiveCardInvokeResponse(status, AdaptiveCardInvokeResponse.ErrorType, value));
    }

    /// <summary>Maps what the domain decided: a card, a message, or an error.</summary>
    public static InvokeResponse FromResult(CardActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.StatusCode is >= 200 and < 300)
        {
            if (result.CardJson is not null)
            {
                return Card(result.CardJson);
            }

            if (result.Message is not null)
            {
                return Message(result.Message);
            }

            return Error(500, "The action produced no result.", "EmptyResult");
        }

        return Error(result.StatusCode, result.Message ?? "The action could not be completed.");
    }
}
