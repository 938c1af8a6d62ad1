"""What presswatch learns from gold files, and how it is measured honestly.

`split` puts a blind part of a gold folder aside (whole stories, seeded); `acts` trains the
speech-act model shipped in `presswatch/data/act_model.json`. Both read gold files written
to the annotation guideline and never anything else.
"""
