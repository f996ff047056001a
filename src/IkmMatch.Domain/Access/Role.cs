namespace IkmMatch.Domain.Access;

/// <summary>What a caller may do (DESIGN §5). On the wire the names are lower-case: <c>admin</c>, <c>integration</c>, …</summary>
public enum Role
{
    /// <summary>A Disperindag officer: everything, including verifying IKM and managing keys.</summary>
    Admin,

    /// <summary>Another government system: reads everything, keeps the IKM and industry registries in step.</summary>
    Integration,

    /// <summary>A large industry, bound to one industry record.</summary>
    Industry,

    /// <summary>A small or medium industry, bound to one IKM record.</summary>
    Ikm,
}
