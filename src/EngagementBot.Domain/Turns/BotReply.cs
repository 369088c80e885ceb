namespace EngagementBot.Domain.Turns;

/// <summary>One message the bot sends: text, or an Adaptive Card (JSON), never both.</summary>
public sealed record BotReply(string? Text, string? CardJson)
{
    public static BotReply FromText(string text) => new(text, null);

    public static BotReply FromCard(string cardJson) => new(null, cardJson);
}

/// <summary>The answer to an Action.Execute, returned in the same HTTP response.</summary>
public sealed record CardActionResult(int StatusCode, string? CardJson, string? Message)
{
    public static CardActionResult Card(string cardJson) => new(200, cardJson, null);

    public static CardActionResult Info(string message) => new(200, null, message);

    public static CardActionResult Error(int statusCode, string message) => new(statusCode, null, message);
}
