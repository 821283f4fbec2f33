-- The corpus: each document with its full text as stored (offsets of questions index it),
-- its metadata and the SHA-256 of its bytes.
CREATE TABLE document (
    id VARCHAR(200) PRIMARY KEY,
    title VARCHAR(1000) NOT NULL,
    published VARCHAR(10),
    publisher VARCHAR(300),
    author VARCHAR(300),
    sha256 CHAR(64) NOT NULL,
    body VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
