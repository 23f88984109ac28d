namespace ServiceBot.Content.Revisions;

/// <summary>Where a revision came from, for the history and for noticing edits made to a watched folder.</summary>
public enum ContentOrigin
{
    /// <summary>The factory content (<c>dialogs/</c>) that seeded an empty database, or replaced content this build rejects.</summary>
    Seed,

    /// <summary>A valid edit of the watched folder.</summary>
    Folder,

    /// <summary>Saved in the studio.</summary>
    Studio,

    /// <summary><c>content import</c>.</summary>
    Import,

    /// <summary>A quick edit from a card in Teams.</summary>
    Teams,

    /// <summary>A copy of an older revision, published again.</summary>
    Rollback,
}
