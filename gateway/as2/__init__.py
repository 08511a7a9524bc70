"""AS2 (RFC 4130): S/MIME, MDNs, certificates, the /as2 endpoint and the as2 deliverer."""
