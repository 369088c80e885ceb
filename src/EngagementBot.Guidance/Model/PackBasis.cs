namespace EngagementBot.Guidance.Model;

/// <summary>The guidance document a pack is built from.</summary>
public sealed record PackBasis(string Document, string Title, string Published);
