//! Output files of the commands (`analyze --out`, `chart --out`, `demo --out`, `report --out`).
//!
//! A regular file is written beside its final name and renamed into place, so a reader (or a
//! second run after a crash) sees the old file or the complete new one, never half of it. The
//! rename must not happen for anything that is not a regular file: renaming over `/dev/null`, a
//! named pipe or `/dev/stdout` would replace the device itself with a file (which once broke
//! every later program on a machine that read from `/dev/null`). Those are written in place.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

/// Mode of a newly created output: readable by others like any file `>` would create under the
/// usual umask, not the 0600 of a temporary file.
#[cfg(unix)]
const NEW_FILE_MODE: u32 = 0o644;

/// Writes `bytes` to `path` (see the module documentation).
pub fn write_output(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_output_with(path, |file| {
        file.write_all(bytes)?;
        Ok(())
    })
}

/// Calls `write` with the file that becomes `path`; nothing is left at `path` if it fails.
pub fn write_output_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let target = resolve(path);
    match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut file = fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .with_context(|| format!("cannot open {}", path.display()))?;
            write(&mut file).with_context(|| format!("writing {}", path.display()))?;
            return file
                .flush()
                .with_context(|| format!("writing {}", path.display()));
        }
        _ => {}
    }
    let existing = fs::metadata(&target).ok().map(|m| m.permissions());
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".atmos-out-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot write to {}", dir.display()))?;
    write(tmp.as_file_mut()).with_context(|| format!("writing {}", path.display()))?;
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("writing {}", path.display()))?;
    if let Some(permissions) = existing.or_else(new_file_permissions) {
        fs::set_permissions(tmp.path(), permissions)
            .with_context(|| format!("setting the permissions of {}", path.display()))?;
    }
    tmp.persist(&target)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok(())
}

/// Follows a symbolic link, so that the link stays and the file it names is replaced.
fn resolve(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

#[cfg(unix)]
fn new_file_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(fs::Permissions::from_mode(NEW_FILE_MODE))
}

/// Elsewhere a temporary file already gets the platform's default for new files.
#[cfg(not(unix))]
fn new_file_permissions() -> Option<fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

    use super::*;
    use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};

    #[test]
    fn a_new_file_is_complete_and_readable_by_others() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("table.json");
        write_output(&path, b"{}\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"{}\n");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(
            leftovers.len(),
            1,
            "no temporary file is left beside the output"
        );
    }

    #[test]
    fn an_existing_file_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.svg");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_output(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("table.csv");
        fs::write(&path, "old").unwrap();
        let err = write_output_with(&path, |file| {
            file.write_all(b"half")?;
            anyhow::bail!("the table could not be built")
        })
        .unwrap_err();
        assert!(format!("{err:#}").contains("could not be built"), "{err:#}");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_named_pipe_stays_a_pipe() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("out.fifo");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo (coreutils) is needed for this test");
        assert!(status.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        write_output(&fifo, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }

    #[test]
    fn a_symbolic_link_keeps_pointing_at_the_replaced_file() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_output(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }
}
