"""Qt-free domain: the analysed article, the user's briefing, summaries, the project file."""
