//! Makes cargo rebuild the crate when a migration changes (`embed_migrations!` cannot tell it),
//! and fingerprints the migrations so the test helper can name its template database after
//! exactly the schema it holds.

use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn main() -> Result<(), Box<dyn Error>> {
    let migrations = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    println!("cargo:rerun-if-changed={}", migrations.display());

    let mut files = Vec::new();
    collect_files(&migrations, &mut files)?;
    files.sort();

    let mut hasher = Sha256::new();
    for file in &files {
        // Directories are only watched for added or removed entries, so watch every file too.
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file
            .strip_prefix(&migrations)?
            .to_string_lossy()
            .into_owned();
        let contents = fs::read(file)?;
        // Lengths keep (name, contents) pairs from running into each other.
        hasher.update((relative.len() as u64).to_le_bytes());
        hasher.update(relative.as_bytes());
        hasher.update((contents.len() as u64).to_le_bytes());
        hasher.update(&contents);
    }
    let digest = hex::encode(hasher.finalize());
    println!("cargo:rustc-env=ATMOS_MIGRATIONS_HASH={digest}");
    Ok(())
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), Box<dyn Error>> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
