namespace EngagementBot.Testing;

/// <summary>Finds the repository root (the folder holding EngagementBot.sln) and well-known folders.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Cards => Path.Combine(Root, "cards");

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string Tools => Path.Combine(Root, "tools");

    /// <summary>The shared guidance documents, <c>../shared/seeds</c> beside the repository.</summary>
    public static string SharedSeeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EngagementBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EngagementBot.sln not found above " + AppContext.BaseDirectory);
    }
}
