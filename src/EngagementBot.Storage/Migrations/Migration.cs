namespace EngagementBot.Storage.Migrations;

/// <summary>One versioned schema script. Versions start at 1 and have no gaps.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
