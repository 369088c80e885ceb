namespace EngagementBot.Guidance.Sources;

/// <summary>
/// A citable section of a guidance document: <see cref="Id"/> is what a <c>SourceRef.Section</c> holds
/// (the number, or the heading text), <see cref="Title"/> the heading as a reader would see it,
/// <see cref="Line"/> the 1-based line it starts on.
/// </summary>
public sealed record SourceSection(string Id, string Title, int Line);
