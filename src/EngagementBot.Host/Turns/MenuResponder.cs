using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Turns;

/// <summary>
/// The last responder: greets, answers "help" with the menu card, welcomes on install, and when
/// nothing else understood the user, says so kindly and shows what the bot can do.
/// </summary>
public sealed class MenuResponder(ICardRenderer cards) : ITurnResponder
{
    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "hey", "hiya", "help", "menu", "start", "options", "what can you do",
        "good morning", "good afternoon", "good evening", "morning", "?",
    };

    public Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var outcome = input.Kind switch
        {
            TurnKind.Installed => Welcome(input),
            TurnKind.Message when IsGreeting(input.Text) => TurnOutcome.Reply(Menu()),
            TurnKind.Message => TurnOutcome.Reply(
                BotReply.FromText("Sorry, I didn't understand that. Here is what I can help with — or type \"help\" at any time."),
                Menu()),
            TurnKind.CardSubmit when CommandOf(input) is "menu" or "help" => TurnOutcome.Reply(Menu()),
            TurnKind.CardSubmit => TurnOutcome.Reply(
                BotReply.FromText("That option isn't available yet. Here is what I can help with now."),
                Menu()),
            TurnKind.CardAction => new TurnOutcome([], CardActionResult.Info("That card is no longer active. Type \"help\" to see what I can do.")),
            _ => null,
        };
        return Task.FromResult(outcome);
    }

    private TurnOutcome Welcome(TurnInput input) =>
        input.Conversation.Kind == Domain.Conversations.ConversationKind.Personal
            ? TurnOutcome.Reply(BotReply.FromCard(cards.Render("welcome", new JsonObject())))
            : TurnOutcome.Reply(BotReply.FromText(
                "Hello, I'm EngagementBot. In this channel I post risk alerts for the multi-agency group — case reference, kind of risk, date and advice only, never names or details. Mention me with \"help\" to see the channel commands."));

    private BotReply Menu() => BotReply.FromCard(cards.Render("menu", new JsonObject()));

    private static bool IsGreeting(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().TrimEnd('!', '.', '?').Trim();
        return Greetings.Contains(trimmed) || Greetings.Contains(text.Trim());
    }

    private static string? CommandOf(TurnInput input) =>
        input.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("command", out var command)
        && command.ValueKind == JsonValueKind.String
            ? command.GetString()
            : null;
}
