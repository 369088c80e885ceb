namespace EngagementBot.Domain.Visits;

/// <summary>
/// One answer to a procedure pack question, in the pack's own spelling: "yes" / "no", a choice's
/// option id, or the practitioner's words for a text question.
/// </summary>
public sealed record VisitPlanAnswer(string QuestionId, string Answer);
