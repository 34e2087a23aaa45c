/// The version printed by `standar --version`; part of the build cache key.
public enum StandarVersion {
    public static let current = "0.2.0"
}
