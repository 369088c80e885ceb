namespace EngagementBot.Guidance.Model;

/// <summary>
/// Where an item comes from: a guidance document (file name in the shared seeds folder) and a section.
/// The section is the section number where the document numbers its sections (e.g. "6.1"); otherwise the
/// heading line as printed, without markdown marks or a trailing colon (e.g. "Keeping Staff Safe").
/// </summary>
public sealed record SourceRef(string Document, string Section);
