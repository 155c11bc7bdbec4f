public enum SnapshotSynth {}
